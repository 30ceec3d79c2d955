package org.haven.archive;

import java.util.List;
import java.util.Map;
import org.haven.archive.internal.JdbcArchive;
import org.haven.archive.internal.PastCaseState;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.cases.CaseStates;
import org.haven.security.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the past cases of a dataset in the archive, each with its entry in the audit record and its label. */
@Service
public class ArchiveManagement {

    /** The actor Haven writes for the records it registers when it loads a dataset. */
    public static final String DATASET = "system:dataset";

    private final JdbcArchive archive;
    private final AuditLog audit;
    private final Labels labels;

    ArchiveManagement(JdbcArchive archive, AuditLog audit, Labels labels) {
        this.archive = archive;
        this.audit = audit;
        this.labels = labels;
    }

    /** Registers a dataset's cases; the records of past studies are open to every reader. */
    @Transactional
    public void register(List<PastCase> records, String actor) {
        for (PastCase c : records) {
            archive.add(c);
            audit.append(new AuditRecord(
                    actor,
                    "CaseRegistered",
                    CaseStates.CASE,
                    c.id().value(),
                    Map.of("version", c.version(), "defectors", c.defectors().size()),
                    PastCaseState.hash(c)));
            labels.assign(CaseStates.CASE, c.id().value(), Labels.PUBLIC_RECORD, actor);
        }
    }
}
