package org.haven.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.haven.cases.Approach;
import org.haven.cases.CaseEvent.ApproachRecorded;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.haven.cases.Defector;
import org.haven.registry.PersonKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry learns the name a walk-in gave, so that a later trace finds him. His case holds his name (the
 * defector and the approach, under the case's label and its audit record); the registry does not copy it but
 * indexes it: once the approach commits, and again whenever the index is rebuilt. Whether a trace shows him is
 * decided when it runs, against his case's label: only those cleared for the case see him, and nobody else counts
 * him.
 *
 * <p>The index's generation counts the registry's own changes and the live cases, so that an approach whose name
 * did not reach the index (Haven stopped between the commit and the indexing) makes the next start rebuild it.
 */
@Component
class LiveDefectors {

    private final Cases cases;
    private final JdbcPeople people;
    private final ObjectProvider<NameIndex> index;
    private final boolean indexing;

    LiveDefectors(
            Cases cases,
            JdbcPeople people,
            ObjectProvider<NameIndex> index,
            @Value("${haven.registry.index-at-start:true}") boolean indexing) {
        this.cases = cases;
        this.people = people;
        this.index = index;
        this.indexing = indexing;
    }

    /** The generation the index is to be marked with: the registry's changes, and one for every live case. */
    long generation() {
        return people.generation() + cases.countLive();
    }

    /** The forms of the names of every live defector, for a rebuild of the index. */
    List<NameIndex.Entry> entries() {
        List<NameIndex.Entry> entries = new ArrayList<>();
        for (DefectionCase c : cases.findAll()) {
            for (Defector d : c.defectors()) {
                entries.addAll(entries(c.id().value(), d, c.approach()));
            }
        }
        return entries;
    }

    @EventListener
    void on(ApproachRecorded event) {
        if (!indexing || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index(event);
            }
        });
    }

    /**
     * Once the approach is committed, its name goes into the index. A command that traces no name leaves the index
     * alone (a running Haven may hold it); the index is brought up to the store at the next start.
     */
    private void index(ApproachRecorded event) {
        try {
            index.getObject().addAll(entries(event.caseId().value(), event.defector(), event.approach()), generation());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the name given at case " + event.caseId(), e);
        }
    }

    /** His display name and, where it differs, the name as he gave it. */
    private static List<NameIndex.Entry> entries(String caseId, Defector d, Approach approach) {
        List<String> forms = new ArrayList<>(List.of(d.displayName()));
        String given = approach.nameGiven().strip();
        if (!forms.contains(given)) {
            forms.add(given);
        }
        return forms.stream()
                .map(form -> new NameIndex.Entry(
                        d.id().value(),
                        form,
                        d.displayName(),
                        PersonKind.DEFECTOR.name(),
                        caseId,
                        d.givenName() == null ? "" : d.givenName()))
                .toList();
    }
}
