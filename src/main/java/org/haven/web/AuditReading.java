package org.haven.web;

import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.audit.CanonicalJson;
import org.haven.security.Labels;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** What of the audit record an auditor may read: within his clearance, like everything else. */
@Component
class AuditReading {

    private final NeedToKnow needToKnow;
    private final Labels labels;

    AuditReading(NeedToKnow needToKnow, Labels labels) {
        this.needToKnow = needToKnow;
        this.labels = labels;
    }

    /**
     * The entries about records the auditor may read: an entry about a case, or about any record of a case (one of
     * its protected details, one of its tasks, its label, or any entry whose details name the case), above his
     * clearance is, to him, not there. Each decision on a labelled case is itself audited. A refusal is the
     * exception: whoever probes a case beyond the auditor's clearance, or an id that names no case, is shown to him,
     * with what was probed withheld; hidden and missing look alike. Only an auditor cleared for every label in use
     * sees the ids of probes of missing cases, for he could see any case they might have named.
     */
    List<AuditEntry> readable(Authentication auditor, List<AuditEntry> entries) {
        java.util.Map<AuditEntry, String> caseOf = new java.util.IdentityHashMap<>();
        for (AuditEntry e : entries) {
            String kase = caseOf(e);
            if (kase != null) {
                caseOf.put(e, kase);
            }
        }
        java.util.Set<String> listed = new java.util.LinkedHashSet<>();
        for (AuditEntry e : entries) {
            if (isList(e) && e.subjectType().equals("case")) {
                listed.addAll(listedIn(e, "granted"));
                listed.addAll(listedIn(e, "denied"));
            }
        }
        List<String> named = java.util.stream.Stream.concat(caseOf.values().stream(), listed.stream())
                .distinct()
                .toList();
        java.util.Set<String> existing = labels.labelled("case", named);
        java.util.Set<String> visible = new java.util.HashSet<>(needToKnow.visible(
                auditor, "case", named.stream().filter(existing::contains).toList(), id -> id));
        org.haven.security.Clearance clearance = needToKnow.clearance(auditor);
        boolean clearedForAll = labels.inUse().stream().allMatch(clearance::dominates);
        List<AuditEntry> readable = new java.util.ArrayList<>();
        for (AuditEntry e : entries) {
            if (isList(e)) {
                readable.add(
                        clearedForAll
                                ? e
                                : listWithin(e, e.subjectType().equals("case") ? visible : java.util.Set.of()));
                continue;
            }
            String kase = caseOf.get(e);
            if (kase == null || visible.contains(kase) || clearedForAll && !existing.contains(kase)) {
                readable.add(e);
            } else if (REFUSALS.contains(e.action())) {
                readable.add(withheld(e));
            }
        }
        return readable;
    }

    /** The actions that record a refusal: who was refused, and when, is the auditor's to see whatever was asked. */
    static final java.util.Set<String> REFUSALS = java.util.Set.of(
            "AccessDenied", "MoveRefused", "ApprovalRefused", "ProtectedDetailWriteRefused", "RevealReadRefused");

    static final String WITHHELD = "withheld";

    /** A refusal with what it was about withheld, hashes too (a hash would confirm a guessed id). */
    private static AuditEntry withheld(AuditEntry e) {
        return new AuditEntry(
                e.sequence(),
                e.at(),
                e.actor(),
                e.action(),
                e.subjectType(),
                WITHHELD,
                "{\"withheld\":\"beyond your clearance, or no such record\"}",
                null,
                WITHHELD,
                WITHHELD);
    }

    private static boolean isList(AuditEntry e) {
        return e.action().equals("ListRead");
    }

    private static List<String> listedIn(AuditEntry e, String which) {
        return CanonicalJson.read(e.details()).get(which) instanceof List<?> ids
                ? ids.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** A list read with the records beyond the auditor's clearance counted, not named. */
    private static AuditEntry listWithin(AuditEntry e, java.util.Set<String> visible) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        int withheld = 0;
        for (String which : List.of("granted", "denied")) {
            List<String> ids = listedIn(e, which);
            List<String> shown = ids.stream().filter(visible::contains).toList();
            withheld += ids.size() - shown.size();
            details.put(which, shown);
        }
        if (withheld == 0) {
            return e;
        }
        details.put(WITHHELD, withheld + " beyond your clearance");
        return new AuditEntry(
                e.sequence(),
                e.at(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                CanonicalJson.write(details),
                null,
                WITHHELD,
                WITHHELD);
    }

    private static @Nullable String caseOf(AuditEntry e) {
        if (isList(e)) {
            return null;
        }
        return caseOf(e.subjectType(), e.subjectId(), e);
    }

    private static @Nullable String caseOf(String subjectType, String subjectId, AuditEntry e) {
        return switch (subjectType) {
            case "case" -> subjectId;
            case "protected-detail" ->
                subjectId.contains("/") ? subjectId.substring(0, subjectId.indexOf('/')) : subjectId;
            // A label is named by the record it labels: "case/C-…", "protected-detail/C-…/cover-identity".
            case Labels.SUBJECT ->
                subjectId.contains("/")
                        ? caseOf(
                                subjectId.substring(0, subjectId.indexOf('/')),
                                subjectId.substring(subjectId.indexOf('/') + 1),
                                e)
                        : subjectId;
            // A task, and any other record that belongs to a case, names its case in the entry's details.
            default -> CanonicalJson.read(e.details()).get("case") instanceof String kase ? kase : null;
        };
    }
}
