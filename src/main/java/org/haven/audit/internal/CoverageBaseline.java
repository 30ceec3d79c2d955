package org.haven.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.haven.audit.AuditCoverage;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes each coverage step once. Only records the log holds no state of are baselined; a record written under the
 * log already is compared with its entries like any other.
 */
@Service
class CoverageBaseline implements AuditCoverage {

    static final String SUBJECT = "audit";
    private static final Logger log = LoggerFactory.getLogger(CoverageBaseline.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<AuditedRecords> kinds;

    CoverageBaseline(JdbcClient jdbc, AuditLog audit, List<AuditedRecords> kinds) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.kinds = kinds;
    }

    @Override
    @Transactional
    public int extend() {
        Map<String, List<AuditedRecords>> steps = new LinkedHashMap<>();
        for (AuditedRecords kind : kinds) {
            if (kind.coverage() != null) {
                steps.computeIfAbsent(kind.coverage(), s -> new ArrayList<>()).add(kind);
            }
        }
        int baselined = 0;
        for (var step : steps.entrySet()) {
            if (taken(step.getKey())) {
                continue;
            }
            Set<String> types = new TreeSet<>();
            int records = 0;
            for (AuditedRecords kind : step.getValue()) {
                types.add(kind.subjectType());
                Set<String> recorded = recorded(kind.subjectType());
                for (var record : kind.currentStates().entrySet()) {
                    if (recorded.contains(record.getKey())) {
                        continue; // written under the log already (an account made at this very start)
                    }
                    audit.append(new AuditRecord(
                            "system:upgrade",
                            "RecordBaselined",
                            kind.subjectType(),
                            record.getKey(),
                            Map.of("coverage", step.getKey()),
                            record.getValue()));
                    records++;
                }
            }
            audit.append(new AuditRecord(
                    "system:upgrade",
                    EXTENDED,
                    SUBJECT,
                    step.getKey(),
                    Map.of("kinds", List.copyOf(types), "records", records),
                    null));
            if (records > 0) {
                log.info("The audit record now compares {}: {} records baselined as they stand", types, records);
            }
            baselined += records;
        }
        return baselined;
    }

    private boolean taken(String step) {
        return jdbc.sql("select count(*) from audit_entry where subject_type = ? and subject_id = ? and action = ?")
                        .params(SUBJECT, step, EXTENDED)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Set<String> recorded(String subjectType) {
        return new java.util.HashSet<>(jdbc.sql(
                        "select distinct subject_id from audit_entry where subject_type = ? and subject_state is not null")
                .params(subjectType)
                .query(String.class)
                .list());
    }
}
