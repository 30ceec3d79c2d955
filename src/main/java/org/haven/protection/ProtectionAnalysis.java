package org.haven.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.exploitation.CaseFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a case file's protection record shows: each threat with its latest status and the measures against it; the
 * threats with neither a measure nor a decision written down (flagged: the hostile reaction "is prompt and
 * energetic"); the idle stretches of the first weeks after the defection, when no one saw him and no work was given
 * him for longer than the policy allows ("it would seem inadvisable to leave a man too much alone"); his relatives.
 * The JSON of {@code protection} in {@code case-file analyse}: a contract (fields may be added, none renamed).
 */
public record ProtectionAnalysis(
        List<Threat> threats,
        List<String> unmeasured,
        List<Idle> idle,
        List<Relative> relatives,
        List<Promise> promises,
        List<String> unkept,
        @Nullable String trust) {

    public ProtectionAnalysis(
            List<Threat> threats, List<String> unmeasured, List<Idle> idle, List<Relative> relatives) {
        this(threats, unmeasured, idle, relatives, List.of(), List.of(), null);
    }

    /** A promise made him in a contact, and the contact that kept it, if one has. */
    public record Promise(
            String ref,
            Instant made,
            String text,
            @Nullable String by,
            @Nullable Instant kept) {}

    /**
     * @param idleDays the longest stretch, in days, he may be left with no contact and no work
     * @param firstWeeks how many weeks after the defection the idle-time watch keeps
     */
    public record Policy(int idleDays, int firstWeeks) {

        public static final Policy DEFAULT = new Policy(3, 8);

        public Policy {
            if (idleDays < 1 || firstWeeks < 1) {
                throw new IllegalArgumentException("the welfare policy counts at least one day and one week");
            }
        }
    }

    /**
     * A threat as the record stands.
     *
     * @param reported when it was first recorded
     * @param reassess when it is to be assessed again, when the record says
     * @param decision a decision written down that no measure is taken
     */
    public record Threat(
            String ref,
            String type,
            String status,
            @Nullable String target,
            Instant reported,
            @Nullable String reassess,
            @Nullable String decision,
            @Nullable String source,
            @Nullable String statement,
            List<String> measures) {}

    public record Idle(Instant from, Instant to, long days) {}

    public record Relative(
            String ref,
            @Nullable String relation,
            @Nullable String where,
            @Nullable Boolean atRisk) {}

    /**
     * The protection record of a file, its idle stretches counted up to {@code until} (a live case: now; a file read
     * on its own: its last entry).
     */
    public static ProtectionAnalysis of(CaseFile file, Policy policy, @Nullable Instant until) {
        Map<String, Threat> threats = new LinkedHashMap<>();
        Map<String, List<String>> measures = new LinkedHashMap<>();
        Map<String, Relative> relatives = new LinkedHashMap<>();
        List<Instant> seen = new ArrayList<>();
        Map<String, Promise> promises = new LinkedHashMap<>();
        String[] trust = new String[1];
        for (CaseFile.Entry e : file.record()) {
            if (e instanceof CaseFile.Debrief d) {
                seen.add(d.at());
            } else if (e instanceof CaseFile.Other o) {
                JsonNode n = o.entry();
                switch (o.kind()) {
                    case "THREAT" -> {
                        String ref = text(n, "ref") == null ? "T" + o.index() : text(n, "ref");
                        Threat before = threats.get(ref);
                        threats.put(
                                ref,
                                new Threat(
                                        ref,
                                        text(n, "type") == null && before != null ? before.type() : text(n, "type"),
                                        text(n, "status") != null
                                                ? text(n, "status")
                                                : before == null ? "REPORTED" : before.status(),
                                        pick(text(n, "target"), before == null ? null : before.target()),
                                        before == null ? o.at() : before.reported(),
                                        pick(text(n, "reassess"), before == null ? null : before.reassess()),
                                        pick(text(n, "decision"), before == null ? null : before.decision()),
                                        pick(text(n, "source"), before == null ? null : before.source()),
                                        pick(text(n, "statement"), before == null ? null : before.statement()),
                                        List.of()));
                    }
                    case "MEASURE" -> {
                        String ref = text(n, "ref") == null ? "M" + o.index() : text(n, "ref");
                        measures.computeIfAbsent(n.path("threat").asString(), k -> new ArrayList<>())
                                .add(ref);
                    }
                    case "CONTACT" -> {
                        seen.add(o.at());
                        if (n.path("promise").isString()) {
                            String ref = "P" + (promises.size() + 1);
                            promises.put(
                                    ref,
                                    new Promise(ref, o.at(), n.path("promise").asString(), text(n, "officer"), null));
                        }
                        String kept = text(n, "kept");
                        if (kept != null && promises.containsKey(kept)) {
                            Promise p = promises.get(kept);
                            promises.put(kept, new Promise(p.ref(), p.made(), p.text(), p.by(), o.at()));
                        }
                        if (text(n, "trust") != null) {
                            trust[0] = text(n, "trust");
                        }
                    }
                    case "RELATIVE" -> {
                        String ref = n.path("ref").asString();
                        relatives.put(
                                ref,
                                new Relative(
                                        ref,
                                        text(n, "relation"),
                                        text(n, "where"),
                                        n.path("atRisk").isBoolean()
                                                ? n.path("atRisk").asBoolean()
                                                : null));
                    }
                    default -> {}
                }
            }
        }
        List<Threat> listed = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        for (Threat t : threats.values()) {
            Threat with = new Threat(
                    t.ref(),
                    t.type(),
                    t.status(),
                    t.target(),
                    t.reported(),
                    t.reassess(),
                    t.decision(),
                    t.source(),
                    t.statement(),
                    List.copyOf(measures.getOrDefault(t.ref(), List.of())));
            listed.add(with);
            if (!"RESOLVED".equals(with.status()) && with.measures().isEmpty() && with.decision() == null) {
                unmeasured.add(with.ref());
            }
        }
        List<String> unkept = promises.values().stream()
                .filter(p -> p.kept() == null)
                .map(Promise::ref)
                .toList();
        return new ProtectionAnalysis(
                List.copyOf(listed),
                List.copyOf(unmeasured),
                idle(file, policy, seen, until),
                List.copyOf(relatives.values()),
                List.copyOf(promises.values()),
                unkept,
                trust[0]);
    }

    /**
     * The stretches of the first weeks, from the defection (his approach, else the record's first entry), longer than
     * the policy's days with no contact and no work.
     */
    static List<Idle> idle(CaseFile file, Policy policy, List<Instant> seen, @Nullable Instant until) {
        Instant start = file.approach() != null && file.approach().at() != null
                ? file.approach().at()
                : file.record().isEmpty() ? null : file.record().getFirst().at();
        if (start == null) {
            return List.of();
        }
        Instant end = start.plus(Duration.ofDays(7L * policy.firstWeeks()));
        Instant last = until != null
                ? until
                : file.record().isEmpty() ? start : file.record().getLast().at();
        if (last.isBefore(end)) {
            end = last;
        }
        List<Instant> times = new ArrayList<>();
        for (Instant t : seen) {
            if (!t.isBefore(start) && !t.isAfter(end)) {
                times.add(t);
            }
        }
        times.sort(null);
        List<Idle> idle = new ArrayList<>();
        Instant from = start;
        List<Instant> marks = new ArrayList<>(times);
        marks.add(end);
        for (Instant to : marks) {
            long days = Duration.between(from, to).toDays();
            if (days > policy.idleDays()) {
                idle.add(new Idle(from, to, days));
            }
            if (to.isAfter(from)) {
                from = to;
            }
        }
        return List.copyOf(idle);
    }

    private static @Nullable String pick(@Nullable String now, @Nullable String before) {
        return now != null ? now : before;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
