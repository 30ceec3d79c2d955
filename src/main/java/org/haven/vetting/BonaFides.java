package org.haven.vetting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFile.Consistency;
import org.haven.exploitation.CaseFile.Weight;
import org.jspecify.annotations.Nullable;

/**
 * The competing hypotheses of a vetting file scored by PARC ACH's rules: each cell's weighted inconsistency is the
 * item's credibility weight × its relevance weight × the rating's score (II −2, I −1, N, C and CC 0), weights Low
 * 1/√2, Medium 1, High √2; a hypothesis's inconsistency is the sum of its column, and the one with the least ranks
 * first whatever the consistent evidence. Where several officers rated a cell, each officer's latest rating counts
 * and the cell scores their mean; where they differ, the cell is marked. The linchpins are the items whose removal
 * alone, or whose credibility moved one step, changes which hypotheses rank first. The JSON of {@code bonaFides} in
 * {@code case-file analyse}: a contract (fields may be added, none renamed).
 *
 * @param hypotheses every hypothesis, in the file's order, with its inconsistency (non-positive) and rank (1 first;
 *     ties share a rank, the next rank counting them: 1, 1, 3)
 * @param premise the hypothesis treated as the premise at the start, when one is recorded
 * @param leading the hypothesis the evidence now points to: the first ranked (among tied ones, the first listed)
 * @param tied every hypothesis ranked first
 * @param rows each item with its weights, its cells, its diagnosticity and where officers disagree
 */
public record BonaFides(
        List<Ranked> hypotheses,
        List<Linchpin> linchpins,
        @Nullable String premise,
        @Nullable String leading,
        List<String> tied,
        List<Row> rows) {

    public record Ranked(String ref, String text, double inconsistency, int rank) {}

    /**
     * An item that carries the judgement.
     *
     * @param by how it was moved: {@code REMOVED}, {@code CREDIBILITY_UP}, {@code CREDIBILITY_DOWN}
     * @param change the change in words
     * @param leading the hypotheses ranked first after the move
     */
    public record Linchpin(String item, String by, String change, List<String> leading) {}

    /** One officer's latest rating of a cell. */
    public record Given(@Nullable String officer, Consistency rating) {}

    /**
     * An evidence row.
     *
     * @param cells by hypothesis, each officer's latest rating
     * @param scores by hypothesis, the cell's weighted inconsistency
     * @param diagnosticity how far the row tells the hypotheses apart: its highest cell score less its lowest (0 when
     *     it is consistent or inconsistent with all alike)
     * @param disagreed the hypotheses whose cell the officers rated differently
     */
    public record Row(
            String item,
            @Nullable String statement,
            @Nullable String text,
            String kind,
            Weight credibility,
            Weight relevance,
            Map<String, List<Given>> cells,
            Map<String, Double> scores,
            double diagnosticity,
            List<String> disagreed) {}

    /** The vetting file of a case file scored; an empty matrix when the file has none. */
    public static BonaFides of(CaseFile file) {
        CaseFile.Vetting vetting = file.vetting();
        if (vetting == null) {
            return new BonaFides(List.of(), List.of(), null, null, List.of(), List.of());
        }
        Map<String, Integer> grading = new HashMap<>();
        for (CaseFile.Entry e : file.record()) {
            if (e instanceof CaseFile.Report r) {
                r.statements().forEach(s -> {
                    if (s.credibility() != null) {
                        grading.put(s.id(), s.credibility());
                    }
                });
            }
        }
        // Each officer's latest rating of each cell, in the order the file gives them.
        Map<String, Map<String, Map<String, Consistency>>> latest = new LinkedHashMap<>();
        for (CaseFile.Rating r : vetting.ratings()) {
            latest.computeIfAbsent(r.item(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.hypothesis(), k -> new LinkedHashMap<>())
                    .put(r.officer() == null ? "" : r.officer(), r.rating());
        }
        List<String> order =
                vetting.hypotheses().stream().map(CaseFile.Hypothesis::ref).toList();
        List<Cells> matrix = new ArrayList<>();
        for (CaseFile.Item item : vetting.items()) {
            Weight credibility = item.credibility() != null
                    ? item.credibility()
                    : item.statement() != null ? Weight.ofCredibility(grading.get(item.statement())) : Weight.MEDIUM;
            Map<String, Double> mean = new LinkedHashMap<>();
            Map<String, List<Given>> given = new LinkedHashMap<>();
            latest.getOrDefault(item.ref(), Map.of()).forEach((hypothesis, byOfficer) -> {
                mean.put(
                        hypothesis,
                        byOfficer.values().stream()
                                .mapToInt(Consistency::inconsistency)
                                .average()
                                .orElse(0));
                List<Given> cell = new ArrayList<>();
                byOfficer.forEach((officer, rating) -> cell.add(new Given(officer.isEmpty() ? null : officer, rating)));
                given.put(hypothesis, List.copyOf(cell));
            });
            matrix.add(new Cells(item, credibility, mean, given));
        }

        Map<String, Double> totals = totals(order, matrix, Map.of(), null);
        Map<String, Integer> ranks = ranks(order, totals);
        Set<String> first = firsts(order, ranks);

        List<Linchpin> linchpins = new ArrayList<>();
        for (Cells c : matrix) {
            String ref = c.item().ref();
            test(linchpins, ref, "REMOVED", "without it", first, order, totals(order, matrix, Map.of(), ref));
            Weight up = step(c.credibility(), 1);
            if (up != null) {
                test(
                        linchpins,
                        ref,
                        "CREDIBILITY_UP",
                        "its credibility " + words(up),
                        first,
                        order,
                        totals(order, matrix, Map.of(ref, up), null));
            }
            Weight down = step(c.credibility(), -1);
            if (down != null) {
                test(
                        linchpins,
                        ref,
                        "CREDIBILITY_DOWN",
                        "its credibility " + words(down),
                        first,
                        order,
                        totals(order, matrix, Map.of(ref, down), null));
            }
        }

        List<Ranked> ranked = new ArrayList<>();
        for (CaseFile.Hypothesis h : vetting.hypotheses()) {
            ranked.add(new Ranked(h.ref(), h.text(), round(totals.get(h.ref())), ranks.get(h.ref())));
        }
        List<Row> rows = new ArrayList<>();
        for (Cells c : matrix) {
            Map<String, Double> scores = new LinkedHashMap<>();
            List<String> disagreed = new ArrayList<>();
            for (String h : order) {
                scores.put(h, round(c.score(h, c.credibility())));
                List<Given> cell = c.given().getOrDefault(h, List.of());
                if (cell.stream().map(Given::rating).distinct().count() > 1) {
                    disagreed.add(h);
                }
            }
            double high = scores.values().stream().mapToDouble(d -> d).max().orElse(0);
            double low = scores.values().stream().mapToDouble(d -> d).min().orElse(0);
            rows.add(new Row(
                    c.item().ref(),
                    c.item().statement(),
                    c.item().text(),
                    c.item().kind().name(),
                    c.credibility(),
                    c.item().relevance(),
                    c.given(),
                    scores,
                    round(high - low),
                    List.copyOf(disagreed)));
        }
        List<String> tied = order.stream().filter(first::contains).toList();
        return new BonaFides(
                List.copyOf(ranked),
                List.copyOf(linchpins),
                vetting.premise(),
                tied.isEmpty() ? null : tied.getFirst(),
                tied,
                List.copyOf(rows));
    }

    /** An item's row as scored: its weights and each hypothesis's mean inconsistency before weighting. */
    private record Cells(
            CaseFile.Item item, Weight credibility, Map<String, Double> mean, Map<String, List<Given>> given) {

        double score(String hypothesis, Weight credibility) {
            return credibility.factor() * item.relevance().factor() * mean.getOrDefault(hypothesis, 0.0);
        }
    }

    private static Map<String, Double> totals(
            List<String> order, List<Cells> matrix, Map<String, Weight> moved, @Nullable String removed) {
        Map<String, Double> totals = new LinkedHashMap<>();
        order.forEach(h -> totals.put(h, 0.0));
        for (Cells c : matrix) {
            if (c.item().ref().equals(removed)) {
                continue;
            }
            Weight credibility = moved.getOrDefault(c.item().ref(), c.credibility());
            for (String h : order) {
                totals.merge(h, c.score(h, credibility), Double::sum);
            }
        }
        return totals;
    }

    /** Ranks by the least inconsistency: ties (to a millionth) share a rank, and the next rank counts them. */
    private static Map<String, Integer> ranks(List<String> order, Map<String, Double> totals) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (String h : order) {
            int above = 0;
            for (String other : order) {
                if (totals.get(other) > totals.get(h) + 1e-6) {
                    above++;
                }
            }
            ranks.put(h, above + 1);
        }
        return ranks;
    }

    private static Set<String> firsts(List<String> order, Map<String, Integer> ranks) {
        Set<String> first = new LinkedHashSet<>();
        order.stream().filter(h -> ranks.get(h) == 1).forEach(first::add);
        return first;
    }

    private static void test(
            List<Linchpin> linchpins,
            String item,
            String by,
            String how,
            Set<String> first,
            List<String> order,
            Map<String, Double> totals) {
        Set<String> now = firsts(order, ranks(order, totals));
        if (!now.equals(first)) {
            String ranks = now.size() == order.size()
                    ? "every hypothesis ranks first alike"
                    : listed(now) + (now.size() == 1 ? " ranks" : " rank") + " first";
            linchpins.add(new Linchpin(item, by, how + ", " + ranks + ", not " + listed(first), List.copyOf(now)));
        }
    }

    /** "H1", "H1 and H2", "H1, H2 and H3". */
    private static String listed(Set<String> refs) {
        List<String> all = List.copyOf(refs);
        if (all.size() < 2) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.getLast();
    }

    private static @Nullable Weight step(Weight weight, int by) {
        int to = weight.ordinal() + by;
        return to < 0 || to >= Weight.values().length ? null : Weight.values()[to];
    }

    private static String words(Weight weight) {
        return weight.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double x) {
        double rounded = Math.round(x * 10_000) / 10_000.0;
        return rounded == 0 ? 0.0 : rounded; // no −0.0
    }

    /** The linchpins by item, for pages that mark them. */
    public Map<String, List<Linchpin>> linchpinsByItem() {
        Map<String, List<Linchpin>> by = new TreeMap<>();
        linchpins.forEach(
                l -> by.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l));
        return by;
    }
}
