package org.haven.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.archive.Archive;
import org.haven.archive.DatasetRead;
import org.haven.archive.Fact;
import org.haven.archive.NamedPerson;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.evidence.Citation;
import org.haven.registry.NameForm;
import org.haven.registry.Person;
import org.haven.registry.PersonKind;
import org.haven.store.StoreRestored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: registers the dataset's defectors and other people in an empty registry, through the audit record,
 * then rebuilds the name index if it is missing or older than the registry.
 */
@Component
class RegistryStartup {

    private static final Logger log = LoggerFactory.getLogger(RegistryStartup.class);

    private final JdbcPeople people;
    private final Archive cases;
    private final ObjectProvider<NameIndex> index;
    private final boolean indexAtStart;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final LiveDefectors live;

    RegistryStartup(
            LiveDefectors live,
            JdbcPeople people,
            Archive cases,
            ObjectProvider<NameIndex> index,
            AuditLog audit,
            TransactionTemplate tx,
            @Value("${haven.registry.index-at-start:true}") boolean indexAtStart) {
        this.people = people;
        this.cases = cases;
        this.index = index;
        this.indexAtStart = indexAtStart;
        this.audit = audit;
        this.tx = tx;
        this.live = live;
    }

    @EventListener
    void on(DatasetRead event) {
        // The defectors and people of each dataset, once: those the registry does not hold yet.
        List<Person> registered = new ArrayList<>();
        for (PastCase c : event.dataset().cases()) {
            for (PastDefector d : c.defectors()) {
                registered.add(defector(c, d));
            }
        }
        for (NamedPerson p : event.dataset().people()) {
            registered.add(new Person(
                    p.id(),
                    p.givenName(),
                    p.surname(),
                    PersonKind.PERSON,
                    null,
                    p.note(),
                    forms(p.displayName(), p.names()),
                    0));
        }
        registered.removeIf(p -> people.findById(p.id()).isPresent());
        if (!registered.isEmpty()) {
            tx.executeWithoutResult(s -> {
                people.add(registered);
                for (Person p : registered) {
                    audit.append(new AuditRecord(
                            "system:dataset",
                            "PersonRegistered",
                            RegistryStates.PERSON,
                            p.id(),
                            Map.of("version", 0, "names", p.names().size()),
                            RegistryStates.of(p)));
                }
            });
            log.info("Registered {} people", registered.size());
        }
        if (!indexAtStart) {
            // A command that traces no name leaves the index alone (a running Haven may hold it).
            return;
        }
        rebuildIndex(false);
    }

    /** A restored registry may share its generation with the index of another: the index is built again. */
    @EventListener
    void on(StoreRestored event) {
        if (indexAtStart) {
            rebuildIndex(true);
        }
    }

    private void rebuildIndex(boolean always) {
        NameIndex index = this.index.getObject();
        long generation = live.generation();
        if (always || index.generation() != generation) {
            List<NameIndex.Entry> entries = new ArrayList<>();
            for (Person p : people.findAll()) {
                for (NameForm n : p.names()) {
                    entries.add(new NameIndex.Entry(
                            p.id(),
                            n.name(),
                            p.displayName(),
                            p.kind().name(),
                            p.caseId() == null ? "" : p.caseId(),
                            p.givenName() == null ? "" : p.givenName()));
                }
            }
            entries.addAll(live.entries());
            index.rebuild(entries, generation);
            log.info("Rebuilt the name index: {} forms of names", entries.size());
        }
    }

    private static Person defector(PastCase c, PastDefector d) {
        return new Person(
                d.id().value(),
                d.givenName(),
                d.surname(),
                PersonKind.DEFECTOR,
                c.id().value(),
                null,
                forms(d.displayName(), d.names()),
                0);
    }

    /** The display name first, then every distinct form the sources use, each with its first passage. */
    private static List<NameForm> forms(String display, List<Fact<String>> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<NameForm> forms = new ArrayList<>();
        for (Fact<String> f : names) {
            String name = f.value();
            if (name != null && seen.add(name)) {
                Citation first = f.sources().isEmpty() ? null : f.sources().getFirst();
                forms.add(new NameForm(name, first));
            }
        }
        if (seen.add(display)) {
            forms.addFirst(new NameForm(display, null));
        }
        return forms;
    }
}
