package org.haven.cases.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.haven.audit.AuditEntry;
import org.haven.audit.CanonicalJson;
import org.haven.cases.Approach;
import org.haven.cases.CaseTask;
import org.haven.cases.DefectionCase;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * Everything that happened in a live case, in order: every entry of its audit record (the approach, escalations,
 * proposals and approvals, custody, moves, tasks) and the deadlines still ahead.
 */
record Timeline(List<Moment> moments) {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * One moment.
     *
     * @param when the moment in words, at its own precision
     * @param title what happened
     * @param who who acted, if known
     * @param detail more about it, if any
     * @param kind {@code past}, {@code ahead} (a deadline not yet reached) or {@code overdue}
     * @param sources the passages that state it, for a fact of a past case
     */
    record Moment(
            String when,
            String title,
            @Nullable String who,
            @Nullable String detail,
            String kind,
            List<Citation> sources) {}

    private record Sortable(String key, Moment moment) {}

    /** Instants in words, to the minute, for the pages. */
    static final class Times {

        public String minutes(Instant instant) {
            return MINUTES.format(instant);
        }

        /** Whether a decision has entered the last quarter of the time it was given, and is not yet overdue. */
        public boolean lastQuarter(Instant approached, Instant due, Instant now) {
            java.time.Duration allowed = java.time.Duration.between(approached, due);
            return now.isBefore(due) && java.time.Duration.between(now, due).compareTo(allowed.dividedBy(4)) <= 0;
        }

        /** A span as an officer says it: "2 d 3 h", "5 h 59 min", "12 min", "under a minute". */
        public String span(java.time.Duration span) {
            java.time.Duration d = span.isNegative() ? span.negated() : span;
            long days = d.toDays();
            long hours = d.toHoursPart();
            long minutes = d.toMinutesPart();
            if (days > 0) {
                return days + " d" + (hours > 0 ? " " + hours + " h" : "");
            }
            if (hours > 0) {
                return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
            }
            return minutes > 0 ? minutes + " min" : "under a minute";
        }
    }

    static Timeline of(DefectionCase kase, List<AuditEntry> trail, List<CaseTask> tasks, Instant now) {
        List<Sortable> moments = new ArrayList<>();
        for (AuditEntry e : trail) {
            Map<String, Object> details = CanonicalJson.read(e.details());
            String title = "TransitionProposed".equals(e.action()) && details.get("transition") != null
                    ? "Proposed: " + details.get("transition")
                    : words(e.action());
            String detail = changed(details);
            moments.add(new Sortable(
                    e.at().toString(),
                    new Moment(MINUTES.format(e.at()), title, e.actor(), detail, "past", List.of())));
        }
        Approach approach = kase.lifecycle().approach();
        if (approach != null && approach.decidedAt() == null) {
            boolean overdue = !now.isBefore(approach.decisionDue());
            moments.add(new Sortable(
                    approach.decisionDue().toString(),
                    new Moment(
                            MINUTES.format(approach.decisionDue()),
                            overdue ? "Decision overdue" : "Decision due",
                            null,
                            overdue ? "fallback: protective custody pending decision" : null,
                            overdue ? "overdue" : "ahead",
                            List.of())));
        }
        for (CaseTask t : tasks) {
            if (!t.done()) {
                boolean overdue = t.overdue(now);
                moments.add(new Sortable(
                        t.due().toString(),
                        new Moment(
                                MINUTES.format(t.due()),
                                "Task due: " + t.title(),
                                t.owner(),
                                null,
                                overdue ? "overdue" : "ahead",
                                List.of())));
            }
        }
        moments.sort(Comparator.comparing(Sortable::key));
        return new Timeline(moments.stream().map(Sortable::moment).toList());
    }

    /** Why (the reason, in quotes) and what changed (every other detail, in words): "“genuine” · from: approached". */
    static @org.jspecify.annotations.Nullable String changed(Map<String, Object> details) {
        List<String> said = new ArrayList<>();
        if (details.get("reason") instanceof String reason) {
            said.add("“" + reason + "”");
        }
        details.forEach((key, value) -> {
            if (!key.equals("reason") && !key.equals("transition") && value != null && !(value instanceof Map<?, ?>)) {
                String text = value instanceof java.util.Collection<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
                // a constant (MISSION_ABROAD) in words; a name, a place, a time as written
                boolean constant = text.matches("[A-Z][A-Z_]*");
                said.add(words(key).toLowerCase(java.util.Locale.ROOT) + ": "
                        + (constant ? text.replace('_', ' ').toLowerCase(java.util.Locale.ROOT) : text));
            }
        });
        return said.isEmpty() ? null : String.join(" · ", said);
    }

    /** {@code DefectorAccepted} → "Defector accepted". */
    static String words(String action) {
        String spaced = org.haven.audit.AuditWords.action(action);
        return spaced.isEmpty() ? action : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
