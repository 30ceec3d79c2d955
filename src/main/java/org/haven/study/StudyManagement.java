package org.haven.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.haven.archive.Archive;
import org.haven.archive.Fact;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.evidence.Citation;
import org.haven.evidence.SourceLibrary;
import org.haven.study.Figure.Agreement;
import org.haven.study.Figure.Group;
import org.haven.study.Question.Answer.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Computes the study's figures from the case register and sets them beside the paper's own. */
@Service
public class StudyManagement {

    private final Archive cases;
    private final List<Question> questions;
    private final List<Discrepancy> discrepancies;

    StudyManagement(Archive cases, SourceLibrary sources) {
        this.cases = cases;
        this.questions = Paper1948.questions();
        this.discrepancies = Paper1948.discrepancies();
        checkPassages(sources);
    }

    /** The paper's own passages are facts too: a misquotation stops start-up. */
    private void checkPassages(SourceLibrary sources) {
        citations().stream().filter(c -> !sources.supports(c)).findFirst().ifPresent(c -> {
            throw new IllegalStateException("the study quotes a passage that is not in section " + c.section() + " of "
                    + c.document() + ": " + c.passage());
        });
    }

    /** Every citation the study itself makes, for checking. */
    public List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        questions.forEach(q -> {
            if (q.paper() != null) {
                all.addAll(q.paper().passages());
            }
        });
        discrepancies.forEach(d -> all.addAll(d.passages()));
        return all;
    }

    /** The 1948 study, computed from the records of its cases as they stand now; new cases are not its subject. */
    public Study study() {
        List<PastCase> all = cases.findByDataset(Paper1948.DATASET);
        List<Member> members = all.stream()
                .flatMap(c -> c.defectors().stream().map(d -> new Member(c, d)))
                .toList();
        List<Figure> figures = questions.stream().map(q -> figure(q, members)).toList();
        return new Study(Paper1948.TITLE, all.size(), members.size(), figures, discrepancies);
    }

    private record Member(PastCase kase, PastDefector defector) {

        String name() {
            return defector.displayName();
        }
    }

    private Figure figure(Question question, List<Member> members) {
        return switch (question) {
            case Question.Count count -> count(count, members);
            case Question.Breakdown breakdown -> breakdown(breakdown, members);
            case Question.Span span ->
                count(new Question.Count(span.id(), span.label(), span.judge(), span.paper()), members, span(members));
        };
    }

    private Figure count(Question.Count q, List<Member> members) {
        return count(q, members, null);
    }

    /** Counts the defectors whose answer is yes; the figure's value is that count unless another is given. */
    private Figure count(Question.Count q, List<Member> members, @Nullable Integer value) {
        List<String> yes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Member m : members) {
            Question.Answer answer = q.judge().apply(m.defector());
            if (answer.verdict() == Verdict.YES) {
                yes.add(m.name());
                evidence.add(new Evidence(m.name(), m.kase().id().value(), answer.facts()));
            } else if (answer.verdict() == Verdict.UNKNOWN) {
                unknown.add(m.name());
            }
        }
        return compare(
                q.id(),
                q.label(),
                value == null ? yes.size() : value,
                members.size(),
                yes,
                unknown,
                evidence,
                List.of(),
                q.paper(),
                members);
    }

    private static int span(List<Member> members) {
        List<Integer> years = members.stream()
                .map(m -> m.defector().defected())
                .filter(Fact::known)
                .map(f -> Objects.requireNonNull(f.value()).year())
                .sorted()
                .toList();
        return years.isEmpty() ? 0 : years.getLast() - years.getFirst();
    }

    private Figure breakdown(Question.Breakdown q, List<Member> members) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Member m : members) {
            List<Question.Grouped> values = q.groups().apply(m.defector());
            if (values.isEmpty()) {
                unknown.add(m.name());
                continue;
            }
            known.add(m.name());
            evidence.add(new Evidence(
                    m.name(),
                    m.kase().id().value(),
                    values.stream().map(Question.Grouped::fact).toList()));
            for (Question.Grouped g : values) {
                labels.putIfAbsent(g.value(), g.label());
                groups.computeIfAbsent(g.value(), k -> new ArrayList<>()).add(m.name());
            }
        }
        Map<String, Integer> paperGroups =
                q.paper() == null ? Map.of() : q.paper().breakdown();
        Set<String> keys = new LinkedHashSet<>(groups.keySet());
        keys.addAll(paperGroups.keySet());
        Comparator<Group> order = q.inValueOrder()
                ? Comparator.comparing(Group::value)
                : Comparator.comparing(Group::count).reversed().thenComparing(Group::value);
        List<Group> breakdown = keys.stream()
                .map(k -> {
                    List<String> names = groups.getOrDefault(k, List.of());
                    return new Group(k, labels.getOrDefault(k, k), names.size(), names, paperGroups.get(k));
                })
                .sorted(order)
                .toList();
        return compare(
                q.id(),
                q.label(),
                known.size(),
                members.size(),
                known,
                unknown,
                evidence,
                breakdown,
                q.paper(),
                members);
    }

    private Figure compare(
            String id,
            String label,
            int value,
            int of,
            List<String> yes,
            List<String> unknown,
            List<Evidence> evidence,
            List<Group> breakdown,
            @Nullable PaperStatement statement,
            List<Member> members) {
        if (statement == null) {
            return new Figure(
                    id, label, value, of, yes, unknown, evidence, breakdown, null, Agreement.NOT_STATED, null);
        }
        List<String> problems = new ArrayList<>();
        List<String> paperMembers = new ArrayList<>();
        for (String name : statement.names()) {
            List<String> found = resolve(name, members);
            if (found.size() == 1) {
                paperMembers.add(found.getFirst());
            } else {
                problems.add(
                        found.isEmpty()
                                ? "the paper's '" + name + "' is no defector's recorded name"
                                : "the paper's '" + name + "' could be any of " + String.join(", ", found));
            }
        }
        PaperFigure paper = new PaperFigure(
                statement.count(),
                statement.value() != null,
                statement.names(),
                paperMembers,
                statement.breakdown(),
                statement.passages(),
                statement.note());

        Agreement agreement;
        // Where the paper gives a number and names only some of them ("the remaining nine", seven named), the
        // records may name the rest without disagreeing, as long as the numbers agree.
        int unnamed = statement.value() == null
                ? 0
                : Math.max(0, statement.value() - statement.names().size());
        List<String> beyondPaper = yes.stream()
                .filter(n -> !statement.names().isEmpty() && !paperMembers.contains(n))
                .toList();
        List<String> notInPaper = beyondPaper.size() <= unnamed ? List.of() : beyondPaper;
        List<String> notInRecords =
                paperMembers.stream().filter(n -> !yes.contains(n)).toList();
        List<String> notInRecordsAndKnown =
                notInRecords.stream().filter(n -> !unknown.contains(n)).toList();
        boolean groupsDiffer = breakdown.stream().anyMatch(g -> g.paper() != null && g.paper() != g.count());
        if (breakdown.isEmpty()) {
            if (value == paper.value() && notInPaper.isEmpty() && notInRecords.isEmpty() && problems.isEmpty()) {
                agreement = Agreement.AGREES;
            } else if (value < paper.value()
                    && value + unknown.size() >= paper.value()
                    && notInPaper.isEmpty()
                    && notInRecordsAndKnown.isEmpty()
                    && problems.isEmpty()) {
                agreement = Agreement.RECORDS_INCOMPLETE;
            } else {
                agreement = Agreement.DISAGREES;
            }
        } else {
            boolean couldFill = breakdown.stream().allMatch(g -> g.paper() == null || g.count() <= g.paper());
            agreement =
                    !groupsDiffer ? Agreement.AGREES : couldFill ? Agreement.RECORDS_INCOMPLETE : Agreement.DISAGREES;
        }

        String disagreement = null;
        if (agreement != Agreement.AGREES) {
            List<String> parts = new ArrayList<>();
            if (breakdown.isEmpty()) {
                parts.add("the records give " + value + ", the paper " + paper.value());
            } else {
                breakdown.stream()
                        .filter(g -> g.paper() != null && g.paper() != g.count())
                        .forEach(g ->
                                parts.add(g.label() + ": the records give " + g.count() + ", the paper " + g.paper()));
            }
            if (!notInPaper.isEmpty()) {
                parts.add("in the records but not named by the paper: " + String.join(", ", notInPaper));
            }
            if (!notInRecords.isEmpty()) {
                parts.add("named by the paper but not so in the records: " + String.join(", ", notInRecords));
            }
            parts.addAll(problems);
            if (agreement == Agreement.RECORDS_INCOMPLETE) {
                parts.add("the records are silent on " + unknown.size() + " of " + of);
            }
            disagreement = String.join("; ", parts);
        }
        return new Figure(id, label, value, of, yes, unknown, evidence, breakdown, paper, agreement, disagreement);
    }

    /** The defectors whose recorded names include the paper's spelling, compared exactly but for spacing. */
    private static List<String> resolve(String name, List<Member> members) {
        String wanted = normalize(name);
        return members.stream()
                .filter(m -> normalize(m.name()).equals(wanted)
                        || m.defector().names().stream()
                                .map(Fact::value)
                                .filter(Objects::nonNull)
                                .anyMatch(n -> normalize(n).equals(wanted)))
                .map(Member::name)
                .distinct()
                .toList();
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
