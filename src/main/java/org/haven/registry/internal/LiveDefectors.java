package org.haven.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.cases.CaseEvent.ApproachRecorded;
import org.haven.cases.Defector;
import org.haven.registry.NameForm;
import org.haven.registry.Person;
import org.haven.registry.PersonKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry learns the name a walk-in gave, so that a later trace finds him: registered in the approach's own
 * transaction (with its audit entry), then indexed once it commits. Whether a trace shows him is decided when it
 * runs, against his case's label: only those cleared for the case see him, and nobody else counts him.
 */
@Component
class LiveDefectors {

    private final JdbcPeople people;
    private final AuditLog audit;
    private final ObjectProvider<NameIndex> index;
    private final boolean indexing;

    LiveDefectors(
            JdbcPeople people,
            AuditLog audit,
            ObjectProvider<NameIndex> index,
            @Value("${haven.registry.index-at-start:true}") boolean indexing) {
        this.people = people;
        this.audit = audit;
        this.index = index;
        this.indexing = indexing;
    }

    @EventListener
    void on(ApproachRecorded event) {
        Person person = person(event);
        long generation = people.add(List.of(person));
        if (indexing) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index(person, generation);
                }
            });
        }
        audit.append(new AuditRecord(
                event.actor(),
                "PersonRegistered",
                RegistryStates.PERSON,
                person.id(),
                Map.of(
                        "version",
                        0,
                        "names",
                        person.names().size(),
                        "case",
                        event.caseId().value()),
                RegistryStates.of(person)));
    }

    /**
     * Once the approach is committed, its name goes into the index, marked with the generation its registration
     * made. A command that traces no name leaves the index alone (a running Haven may hold it); the index is
     * brought up to the registry at the next start.
     */
    private void index(Person person, long generation) {
        try {
            index.getObject()
                    .addAll(
                            person.names().stream()
                                    .map(n -> new NameIndex.Entry(
                                            person.id(),
                                            n.name(),
                                            person.displayName(),
                                            person.kind().name(),
                                            person.caseId() == null ? "" : person.caseId(),
                                            person.givenName() == null ? "" : person.givenName()))
                                    .toList(),
                            generation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the name of " + person.id(), e);
        }
    }

    private static Person person(ApproachRecorded event) {
        Defector d = event.defector();
        String given = event.approach().nameGiven().strip();
        List<NameForm> forms = given.equals(d.displayName())
                ? List.of(new NameForm(given, null))
                : List.of(new NameForm(d.displayName(), null), new NameForm(given, null));
        return new Person(
                d.id().value(),
                d.givenName(),
                d.surname(),
                PersonKind.DEFECTOR,
                event.caseId().value(),
                "the name he gave when he approached, which may be false",
                forms,
                0);
    }
}
