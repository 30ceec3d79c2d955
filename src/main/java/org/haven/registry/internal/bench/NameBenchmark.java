package org.haven.registry.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.haven.registry.Match;
import org.haven.registry.NameTrace;
import org.haven.registry.PersonName;
import org.haven.registry.internal.NameIndex;
import org.haven.registry.internal.NameParser;
import org.haven.registry.internal.bench.QueryVariants.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Measures the name trace on a synthetic registry: recall@1 and recall@10 per class of variant, precision, the
 * false-merge rate on namesakes, latency, throughput on two threads, index build rate, memory and disk; and the
 * same measures for PostgreSQL {@code pg_trgm} on the same names and queries, when a PostgreSQL URL is given.
 */
public final class NameBenchmark {

    /**
     * What to run.
     *
     * @param names the size of the registry
     * @param queriesPerClass the queries of each class
     * @param seconds how long each throughput run lasts
     * @param seed the seed of the generator
     * @param postgresUrl a JDBC URL of a PostgreSQL with pg_trgm available, or {@code null} to skip the baseline
     * @param postgresUser its user
     * @param postgresPassword its password
     */
    public record Settings(
            int names,
            int queriesPerClass,
            int seconds,
            long seed,
            @Nullable String postgresUrl,
            @Nullable String postgresUser,
            @Nullable String postgresPassword,
            int misses) {}

    private record Query(Kind kind, int target, String text) {}

    /** Results of one system. */
    private record Results(
            Map<Kind, double[]> recall,
            double precision,
            double falseMerges,
            int namesakeQueries,
            double p50Millis,
            double p99Millis,
            double throughput) {}

    private interface Searcher {
        /** The person ids found, best first, with whether each was declared a match. */
        List<Hit> search(String query) throws Exception;
    }

    private record Hit(int person, boolean match, double score) {}

    private final Settings settings;
    private final PrintStream out;

    public NameBenchmark(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf(
                Locale.ROOT,
                "Name-trace benchmark, %s, %d cores, max heap %d MiB, Java %s%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.version());
        long t0 = System.nanoTime();
        SyntheticRegistry registry = SyntheticRegistry.generate(settings.names(), settings.seed());
        out.printf(
                Locale.ROOT,
                "Generated %,d people (seed %d) in %.1f s%n",
                settings.names(),
                settings.seed(),
                seconds(t0));
        List<Query> queries = queries(registry);
        out.printf(Locale.ROOT, "Queries: %,d (%d per class)%n%n", queries.size(), settings.queriesPerClass());

        Path dir = Files.createTempDirectory("haven-name-bench-");
        try (NameIndex index = new NameIndex(dir.resolve("index"))) {
            long build = System.nanoTime();
            int forms = buildIndex(index, registry);
            double buildSeconds = seconds(build);
            System.gc();
            long heap =
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            long disk = size(dir.resolve("index"));
            out.printf(
                    Locale.ROOT,
                    "Haven index: %,d forms of names in %.1f s (%,.0f names/s on 2 threads);"
                            + " disk %,d MiB; heap in use after build %,d MiB%n",
                    forms,
                    buildSeconds,
                    forms / buildSeconds,
                    disk >> 20,
                    heap >> 20);
            NameTrace trace = new NameTrace(index);
            Results haven = measure(registry, queries, q -> hits(trace.trace(q, 100)));
            Results baseline = settings.postgresUrl() == null ? null : baseline(registry, queries);
            report(haven, baseline);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Query> queries(SyntheticRegistry registry) {
        Random random = new Random(settings.seed() + 1);
        List<SyntheticRegistry.Person> people = registry.people();
        List<Query> queries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int made = 0;
            for (int attempt = 0;
                    made < settings.queriesPerClass() && attempt < settings.queriesPerClass() * 200;
                    attempt++) {
                SyntheticRegistry.Person p = people.get(random.nextInt(people.size()));
                String text = QueryVariants.variant(p, kind, random);
                if (text != null && !text.isBlank()) {
                    queries.add(new Query(kind, p.id(), text));
                    made++;
                }
            }
        }
        return queries;
    }

    static int buildIndex(NameIndex index, SyntheticRegistry registry) throws Exception {
        List<SyntheticRegistry.Person> people = registry.people();
        AtomicLong forms = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    for (int i = thread; i < people.size(); i += 2) {
                        SyntheticRegistry.Person p = people.get(i);
                        String given = SyntheticRegistry.latin(p.given());
                        String id = Integer.toString(p.id());
                        index.add(new NameIndex.Entry(
                                id, p.recorded(), p.recorded(), "PERSON", "", p.russian() ? given : p.given()));
                        forms.incrementAndGet();
                        if (p.alias() != null) {
                            index.add(new NameIndex.Entry(id, p.alias(), p.recorded(), "PERSON", "", ""));
                            forms.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        index.commit(1);
        return (int) forms.get();
    }

    private static List<Hit> hits(List<Match> matches) {
        return matches.stream()
                .map(m -> new Hit(Integer.parseInt(m.personId()), m.match(), m.score()))
                .toList();
    }

    private Results measure(SyntheticRegistry registry, List<Query> queries, Searcher searcher) throws Exception {
        Map<Kind, int[]> found = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> misses = new EnumMap<>(Kind.class);
        int matched = 0;
        int matchedRight = 0;
        int namesakeQueries = 0;
        int falseMerges = 0;
        List<Long> nanos = new ArrayList<>(queries.size());
        for (int i = 0; i < Math.min(500, queries.size()); i++) {
            searcher.search(queries.get(i).text());
        }
        for (Query q : queries) {
            long start = System.nanoTime();
            List<Hit> hits = searcher.search(q.text());
            nanos.add(System.nanoTime() - start);
            int[] counts = found.computeIfAbsent(q.kind(), k -> new int[4]);
            counts[2]++;
            // Ties: a target scored as high as the tenth result is as good as in the ten; their order is arbitrary.
            double tenth = hits.size() >= 10 ? hits.get(9).score() : -1;
            String targetName = registry.people().get(q.target()).recorded();
            if (hits.stream()
                    .anyMatch(h -> (h.person() == q.target()
                                    || registry.people()
                                            .get(h.person())
                                            .recorded()
                                            .equals(targetName))
                            && h.score() >= tenth - 1e-9)) {
                counts[3]++;
            }
            if (settings.misses() > 0
                    && hits.stream()
                            .limit(10)
                            .noneMatch(h -> h.person() == q.target()
                                    || registry.people()
                                            .get(h.person())
                                            .recorded()
                                            .equals(registry.people()
                                                    .get(q.target())
                                                    .recorded()))
                    && misses.computeIfAbsent(q.kind(), k -> new ArrayList<>()).size() < settings.misses()) {
                misses.get(q.kind())
                        .add("'" + q.text() + "' for '"
                                + registry.people().get(q.target()).recorded()
                                + "', found "
                                + hits.stream()
                                        .limit(3)
                                        .map(h -> registry.people()
                                                .get(h.person())
                                                .recorded())
                                        .toList());
            }
            String written = registry.people().get(q.target()).recorded();
            for (int rank = 0; rank < hits.size() && rank < 10; rank++) {
                // An exact homonym, recorded under the very same name, cannot be told apart by any name search.
                if (hits.get(rank).person() == q.target()
                        || registry.people()
                                .get(hits.get(rank).person())
                                .recorded()
                                .equals(written)) {
                    counts[1]++;
                    if (rank == 0) {
                        counts[0]++;
                    }
                    break;
                }
            }
            PersonName parsed = parse(q.text());
            for (Hit h : hits.subList(0, Math.min(10, hits.size()))) {
                if (h.match()) {
                    matched++;
                    if (q.kind() == Kind.ALIAS
                            ? h.person() == q.target()
                            : parsed != null
                                    && Compatibility.compatible(
                                            registry.people().get(q.target()),
                                            registry.people().get(h.person()),
                                            parsed)) {
                        matchedRight++;
                    }
                }
            }
            SyntheticRegistry.Person target = registry.people().get(q.target());
            if (q.kind() == Kind.NO_PATRONYMIC && registry.namesakes(target) > 1) {
                namesakeQueries++;
                boolean merged = hits.stream().anyMatch(h -> {
                    SyntheticRegistry.Person other = registry.people().get(h.person());
                    return h.match()
                            && other.id() != target.id()
                            && other.surname().equals(target.surname())
                            && !other.given().equals(target.given());
                });
                if (merged) {
                    falseMerges++;
                    if (settings.misses() > 0) {
                        out.println("false merge: '" + q.text() + "' matched "
                                + hits.stream()
                                        .filter(Hit::match)
                                        .map(h -> registry.people()
                                                .get(h.person())
                                                .recorded())
                                        .toList());
                    }
                }
            }
        }
        misses.forEach((k, list) -> list.forEach(m -> out.println("missed " + k + ": " + m)));
        Map<Kind, double[]> recall = new EnumMap<>(Kind.class);
        found.forEach((k, c) ->
                recall.put(k, new double[] {(double) c[0] / c[2], (double) c[1] / c[2], (double) c[3] / c[2]}));
        nanos.sort(Long::compare);
        double p50 = nanos.get(nanos.size() / 2) / 1e6;
        double p99 = nanos.get((int) Math.min(nanos.size() - 1, Math.ceil(nanos.size() * 0.99) - 1)) / 1e6;
        double throughput = throughput(queries, searcher);
        return new Results(
                recall,
                matched == 0 ? 0 : (double) matchedRight / matched,
                namesakeQueries == 0 ? 0 : (double) falseMerges / namesakeQueries,
                namesakeQueries,
                p50,
                p99,
                throughput);
    }

    private double throughput(List<Query> queries, Searcher searcher) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < 2; t++) {
                int offset = t * 7919;
                runs.add(pool.submit(() -> {
                    int i = offset;
                    while (!stop.get()) {
                        searcher.search(queries.get(i++ % queries.size()).text());
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(settings.seconds() * 1000L);
            stop.set(true);
            for (Future<?> f : runs) {
                f.get();
            }
            return done.get() / seconds(start);
        } finally {
            pool.shutdown();
        }
    }

    private Results baseline(SyntheticRegistry registry, List<Query> queries) throws Exception {
        String url = settings.postgresUrl();
        try (Connection c = DriverManager.getConnection(url, settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute("drop table if exists haven_bench_names");
            s.execute("create unlogged table haven_bench_names (person integer not null, name text not null)");
            long load = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert =
                    c.prepareStatement("insert into haven_bench_names (person, name) values (?, ?)")) {
                int batch = 0;
                for (SyntheticRegistry.Person p : registry.people()) {
                    insert.setInt(1, p.id());
                    insert.setString(2, p.recorded());
                    insert.addBatch();
                    if (p.alias() != null) {
                        insert.setInt(1, p.id());
                        insert.setString(2, p.alias());
                        insert.addBatch();
                    }
                    if (++batch % 10_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("create index haven_bench_trgm on haven_bench_names using gin (name gin_trgm_ops)");
            s.execute("analyze haven_bench_names");
            double buildSeconds = seconds(load);
            try (ResultSet rs = s.executeQuery("select pg_total_relation_size('haven_bench_names')")) {
                rs.next();
                out.printf(
                        Locale.ROOT,
                        "PostgreSQL pg_trgm: loaded and indexed in %.1f s (%,.0f names/s);" + " disk %,d MiB%n",
                        buildSeconds,
                        registry.people().size() / buildSeconds,
                        rs.getLong(1) >> 20);
            }
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url, settings.postgresUser(), settings.postgresPassword());
                try (Statement s = c.createStatement()) {
                    s.execute("set pg_trgm.similarity_threshold = 0.3");
                }
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return measure(registry, queries, q -> {
            try (PreparedStatement ps = connections
                    .get()
                    .prepareStatement("select person, similarity(name, ?) as s from haven_bench_names where name % ?"
                            + " order by s desc limit 10")) {
                ps.setString(1, q);
                ps.setString(2, q);
                List<Hit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new Hit(rs.getInt(1), rs.getDouble(2) >= 0.6, rs.getDouble(2)));
                    }
                }
                return hits;
            }
        });
    }

    private void report(Results haven, @Nullable Results baseline) {
        out.println();
        out.println("| class | Haven recall@1 | Haven recall@10 | Haven recall@10, ties counted |"
                + (baseline == null ? "" : " pg_trgm recall@1 | pg_trgm recall@10 |"));
        out.println("|---|---|---|---|" + (baseline == null ? "" : "---|---|"));
        for (Kind k : Kind.values()) {
            double[] h = haven.recall().get(k);
            if (h == null) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f |",
                    k.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    h[0],
                    h[1],
                    h[2]));
            if (baseline != null) {
                double[] b = baseline.recall().get(k);
                row.append(String.format(Locale.ROOT, " %.3f | %.3f |", b[0], b[1]));
            }
            out.println(row);
        }
        out.println();
        line(
                "precision of matches (names that agree with the query)",
                haven.precision(),
                baseline == null ? null : baseline.precision(),
                "%.4f");
        out.printf(
                Locale.ROOT,
                "| namesake false merges (%d queries) | %.4f |%s%n",
                haven.namesakeQueries(),
                haven.falseMerges(),
                baseline == null ? "" : String.format(Locale.ROOT, " %.4f |", baseline.falseMerges()));
        line("latency p50 (ms)", haven.p50Millis(), baseline == null ? null : baseline.p50Millis(), "%.2f");
        line("latency p99 (ms)", haven.p99Millis(), baseline == null ? null : baseline.p99Millis(), "%.2f");
        line(
                "throughput, 2 threads (traces/s)",
                haven.throughput(),
                baseline == null ? null : baseline.throughput(),
                "%.0f");
        if (baseline != null) {
            out.printf(
                    Locale.ROOT,
                    "%nThroughput ratio Haven / pg_trgm: %.1f×%n",
                    haven.throughput() / baseline.throughput());
        } else {
            out.println();
            out.println("PostgreSQL baseline skipped: no --postgres URL given (see docs/name-trace.md).");
        }
    }

    private void line(String what, double haven, @Nullable Double baseline, String format) {
        out.println("| " + what + " | " + String.format(Locale.ROOT, format, haven) + " |"
                + (baseline == null ? "" : " " + String.format(Locale.ROOT, format, baseline) + " |"));
    }

    private static @Nullable PersonName parse(String text) {
        try {
            return NameParser.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
