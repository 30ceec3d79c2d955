package org.haven.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditQueries;
import org.haven.audit.AuditWords;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The auditor's work: the latest refusals, and the latest reads of protected details, within his clearance. */
@Component
class AuditorWork {

    private final AuditQueries audit;
    private final AuditReading reading;

    AuditorWork(AuditQueries audit, AuditReading reading) {
        this.audit = audit;
        this.reading = reading;
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    private WorkAtHand.Item item(AuditEntry e) {
        return new WorkAtHand.Item(
                AuditWords.action(e.action()) + " — " + e.actor(),
                "/audit?actor=" + java.net.URLEncoder.encode(e.actor(), java.nio.charset.StandardCharsets.UTF_8),
                WHEN.format(e.at()) + " · " + e.subjectType() + " " + e.subjectId(),
                false);
    }

    @Component
    static class Refusals implements WorkAtHand {

        private final AuditorWork work;

        Refusals(AuditorWork work) {
            this.work = work;
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.AUDITOR);
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public Section of(Authentication auditor) {
            List<AuditEntry> latest = new ArrayList<>();
            for (String action : AuditReading.REFUSALS) {
                latest.addAll(work.audit.find(null, action, null, null, SHOWN));
            }
            latest.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
            List<AuditEntry> readable =
                    work.reading.readable(auditor, latest.stream().limit(SHOWN).toList());
            return new Section(
                    "refusals",
                    "Refusals",
                    readable.isEmpty() ? "No one has been refused." : "The latest refusals, newest first.",
                    "/audit?refusals=true",
                    readable.stream().map(work::item).toList());
        }
    }

    @Component
    static class ProtectedReads implements WorkAtHand {

        private final AuditorWork work;

        ProtectedReads(AuditorWork work) {
            this.work = work;
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.AUDITOR);
        }

        @Override
        public int order() {
            return 41;
        }

        @Override
        public Section of(Authentication auditor) {
            List<AuditEntry> reads = work.reading.readable(
                    auditor, work.audit.find(null, "AccessGranted", "protected-detail", null, SHOWN));
            return new Section(
                    "protected-reads",
                    "Reads of protected details",
                    reads.isEmpty()
                            ? "No protected detail has been read."
                            : "The latest reads of protected details (new identities, whereabouts), newest first.",
                    "/audit?action=AccessGranted&subjectType=protected-detail",
                    reads.stream().map(work::item).toList());
        }
    }
}
