package org.haven.registry.internal.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.haven.registry.PersonName;
import org.haven.registry.internal.NameIndex;
import org.haven.registry.internal.NameParser;
import org.haven.registry.internal.NameScorer;
import org.haven.registry.internal.bench.QueryVariants.Kind;

/**
 * Fits the scorer's weights: labelled pairs (a query and each candidate the index draws for it; same person or
 * not) from a synthetic registry, a logistic regression fitted by Newton's method, and a reliability table on
 * pairs from queries it was not fitted on, so that one can see whether a score of 0.9 means nine in ten.
 */
public final class Calibration {

    private static final int NEGATIVES_PER_QUERY = 30;

    private final PrintStream out;

    public Calibration(PrintStream out) {
        this.out = out;
    }

    private record Pair(double[] features, int label) {}

    public void run(int names, int queriesPerClass, long seed) throws Exception {
        SyntheticRegistry registry = SyntheticRegistry.generate(names, seed);
        Path dir = Files.createTempDirectory("haven-calibration-");
        try (NameIndex index = new NameIndex(dir.resolve("index"))) {
            NameBenchmark.buildIndex(index, registry);
            List<Pair> fit = pairs(registry, index, queriesPerClass, seed + 11);
            List<Pair> check = pairs(registry, index, queriesPerClass, seed + 23);
            // The synthetic registry has no man written under his given name in two languages, but it does have
            // different men called Jean and John; the weight of that feature cannot be learnt from it, and is set
            // to the weight of an agreeing given name instead.
            int across = NameScorer.Feature.GIVEN_AGREES_ACROSS_LANGUAGES.ordinal();
            fit.forEach(p -> p.features()[across] = 0);
            double[] w = fit(fit, 1e-3);
            w[across] = w[NameScorer.Feature.GIVEN_AGREES.ordinal()];
            // Agreement is never evidence against: where the data leave an agreeing part's weight below zero (it
            // cannot tell, having no query without that part to compare with), it is set to zero.
            for (NameScorer.Feature f : List.of(
                    NameScorer.Feature.SURNAME_ONE_EDIT_FROM_AN_UNREGISTERED_ONE,
                    NameScorer.Feature.PHONETIC_CODE_SHARED,
                    NameScorer.Feature.GIVEN_AGREES,
                    NameScorer.Feature.GIVEN_AGREES_ACROSS_LANGUAGES,
                    NameScorer.Feature.INITIAL_AGREES,
                    NameScorer.Feature.PATRONYMIC_AGREES,
                    NameScorer.Feature.SECOND_INITIAL_AGREES)) {
                w[f.ordinal()] = Math.max(0, w[f.ordinal()]);
            }
            out.printf(
                    Locale.ROOT,
                    "Fitted on %,d pairs (%,d same person); checked on %,d others.%n",
                    fit.size(),
                    fit.stream().filter(p -> p.label() == 1).count(),
                    check.size());
            out.println("Weights, in NameScorer.Feature order:");
            StringBuilder java = new StringBuilder("{");
            for (int i = 0; i < w.length; i++) {
                out.printf(Locale.ROOT, "  %-30s %8.3f%n", NameScorer.Feature.values()[i], w[i]);
                java.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", w[i]));
            }
            out.println("  as Java: " + java.append("}"));
            reliability("fitted weights", check, w);
            double[] current = NameScorer.weights();
            reliability("weights in use", check, current);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Pair> pairs(SyntheticRegistry registry, NameIndex index, int perClass, long seed) {
        Random random = new Random(seed);
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, SyntheticRegistry.Person> byId = new HashMap<>();
        registry.people().forEach(p -> byId.put(p.id(), p));
        for (Kind kind : Kind.values()) {
            if (kind == Kind.ALIAS) {
                continue;
            }
            int made = 0;
            for (int attempt = 0; made < perClass && attempt < perClass * 200; attempt++) {
                SyntheticRegistry.Person target =
                        registry.people().get(random.nextInt(registry.people().size()));
                String text = QueryVariants.variant(target, kind, random);
                if (text == null || text.isBlank()) {
                    continue;
                }
                made++;
                PersonName parsed = NameParser.parse(text);
                NameScorer.Keyed query = NameScorer.Keyed.of(parsed);
                boolean unregistered = !index.hasSurname(query.surname());
                List<Pair> negatives = new ArrayList<>();
                for (NameIndex.Candidate c : index.candidates(query, 200, true)) {
                    SyntheticRegistry.Person candidate = byId.get(Integer.parseInt(c.personId()));
                    double[] f = NameScorer.features(query, c.keyed(), unregistered, new ArrayList<>());
                    boolean same = Compatibility.compatible(target, candidate, parsed);
                    if (same) {
                        pairs.add(new Pair(f, 1));
                    } else {
                        negatives.add(new Pair(f, 0));
                    }
                }
                // The hardest negatives teach the most: those the weights in use score highest.
                double[] current = NameScorer.weights();
                negatives.sort(Comparator.comparingDouble((Pair p) -> -dot(current, p.features())));
                pairs.addAll(negatives.subList(0, Math.min(NEGATIVES_PER_QUERY, negatives.size())));
            }
        }
        return pairs;
    }

    /** Logistic regression with a small L2 penalty, by Newton's method. */
    static double[] fit(List<Pair> pairs, double lambda) {
        int n = pairs.getFirst().features().length;
        double[] w = new double[n];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Pair p : pairs) {
                double[] x = p.features();
                double mu = 1 / (1 + Math.exp(-dot(w, x)));
                for (int i = 0; i < n; i++) {
                    gradient[i] += (mu - p.label()) * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += mu * (1 - mu) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                gradient[i] += lambda * w[i];
                hessian[i][i] += lambda;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && m[col][col] != 0) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    private void reliability(String title, List<Pair> pairs, double[] w) {
        int[] count = new int[10];
        int[] same = new int[10];
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            double score = 1 / (1 + Math.exp(-dot(w, p.features())));
            int bin = Math.min(9, (int) (score * 10));
            count[bin]++;
            same[bin] += p.label();
            boolean match = score >= NameScorer.THRESHOLD;
            if (match && p.label() == 1) {
                tp++;
            } else if (match) {
                fp++;
            } else if (p.label() == 1) {
                fn++;
            }
        }
        out.printf(Locale.ROOT, "%nReliability, %s (score band: pairs, share that are one person):%n", title);
        for (int i = 0; i < 10; i++) {
            out.printf(
                    Locale.ROOT,
                    "  %.1f–%.1f  %8d  %s%n",
                    i / 10.0,
                    (i + 1) / 10.0,
                    count[i],
                    count[i] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", (double) same[i] / count[i]));
        }
        out.printf(
                Locale.ROOT,
                "  at the threshold %.2f: precision %.4f, recall %.4f%n",
                NameScorer.THRESHOLD,
                tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                tp + fn == 0 ? 0 : (double) tp / (tp + fn));
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }
}
