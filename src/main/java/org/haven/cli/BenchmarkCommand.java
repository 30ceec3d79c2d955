package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditVerification;
import org.haven.cases.CaseManagement;
import org.haven.cases.RecordApproach;
import org.haven.cases.Setting;
import org.haven.registry.NameBenchmarks;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code haven benchmark audit}: audited writes per second and the time to verify a long chain, on the embedded
 * store, in a fresh temporary data directory that is removed afterwards.
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = "Measures Haven on this machine.",
        subcommands = {
            BenchmarkCommand.Audit.class,
            BenchmarkCommand.Names.class,
            BenchmarkCommand.Ingest.class,
            BenchmarkCommand.CaseFiles.class
        })
class BenchmarkCommand {

    @ParentCommand
    HavenCommandLine haven;

    @Command(
            name = "names",
            mixinStandardHelpOptions = true,
            description = "The name trace on a synthetic registry: recall by class of variant, precision, namesake"
                    + " false merges, latency, throughput, build rate, memory and disk; beside PostgreSQL pg_trgm"
                    + " when --postgres is given.")
    static class Names implements Callable<Integer> {

        @Option(names = "--names", defaultValue = "1000000", description = "Registry size (default: ${DEFAULT-VALUE}).")
        int names;

        @Option(
                names = "--queries",
                defaultValue = "1000",
                description = "Queries per class (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(
                names = "--seconds",
                defaultValue = "10",
                description = "Length of each throughput run (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--seed", defaultValue = "1948", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--postgres",
                paramLabel = "JDBC-URL",
                description = "PostgreSQL for the pg_trgm baseline; skipped when not given.")
        String postgres;

        @Option(
                names = "--postgres-user",
                defaultValue = "${env:PGUSER:-postgres}",
                description = "Its user (default: $PGUSER or postgres).")
        String postgresUser;

        @Option(
                names = "--postgres-password",
                defaultValue = "${env:PGPASSWORD:-}",
                description = "Its password (default: $PGPASSWORD).")
        String postgresPassword;

        @Option(names = "--show-misses", defaultValue = "0", description = "Print up to N missed queries per class.")
        int misses;

        @Option(names = "--calibrate", description = "Fit the scorer's weights on labelled synthetic pairs instead.")
        boolean calibrate;

        @Override
        public Integer call() throws Exception {
            if (calibrate) {
                NameBenchmarks.calibrate(names, queries, seed, System.out);
                return 0;
            }
            NameBenchmarks.measure(
                    names, queries, seconds, seed, postgres, postgresUser, postgresPassword, misses, System.out);
            return 0;
        }
    }

    @Command(
            name = "case-file",
            mixinStandardHelpOptions = true,
            description = "Case-file analysis on a synthetic case: --sessions debriefs holding --statements of his,"
                    + " beside --others statements from fifty other sources, about registered people and"
                    + " organisations; the file read and checked, then analysed, then analysed again after one more"
                    + " session.")
    static class CaseFiles implements Callable<Integer> {

        @ParentCommand
        BenchmarkCommand benchmark;

        @Option(
                names = "--sessions",
                defaultValue = "200",
                description = "Debrief sessions (default: ${DEFAULT-VALUE}).")
        int sessions;

        @Option(
                names = "--statements",
                defaultValue = "20000",
                description = "His statements, over the sessions (default: ${DEFAULT-VALUE}).")
        int statements;

        @Option(
                names = "--others",
                defaultValue = "1000000",
                description = "Statements from other sources (default: ${DEFAULT-VALUE}).")
        int others;

        @Option(names = "--seed", defaultValue = "1948", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("haven-benchmark-");
            System.out.printf(
                    "Haven case-file benchmark, %s, %d cores, Java %s, %s, heap %d MiB%n",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    System.getProperty("os.name"),
                    Runtime.getRuntime().maxMemory() >> 20);
            benchmark.haven.dataDir = dir;
            try (ConfigurableApplicationContext context = benchmark.haven.start(true)) {
                org.haven.registry.NameTrace trace = context.getBean(org.haven.registry.NameTrace.class);
                List<String> subjects = new java.util.ArrayList<>();
                context.getBean(org.haven.registry.People.class).findAll().stream()
                        .limit(200)
                        .forEach(p -> subjects.add(p.names().getFirst().name()));
                for (int i = 1; subjects.size() < 500; i++) {
                    subjects.add("the residency at post " + i);
                }
                long start = System.nanoTime();
                String text = synthetic(subjects);
                System.out.printf(
                        "File: %d sessions, %,d statements of his, %,d from other sources, %,d subjects; %.1f MB,"
                                + " generated in %.1f s%n%n",
                        sessions,
                        statements,
                        others,
                        subjects.size(),
                        text.length() / 1e6,
                        (System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                org.haven.exploitation.CaseFile file = org.haven.exploitation.CaseFiles.read(text);
                double read = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                org.haven.exploitation.TracedSubjects resolver =
                        new org.haven.exploitation.TracedSubjects(trace, trace::openToEveryone, file);
                org.haven.exploitation.ClaimAnalysis.Running running =
                        new org.haven.exploitation.ClaimAnalysis.Running(file, resolver);
                org.haven.exploitation.Analysis analysis = running.analysis();
                double analysed = (System.nanoTime() - start) / 1e9;
                // One more session: only the claims it touches are computed again.
                java.util.Random random = new java.util.Random(seed + 1);
                List<org.haven.exploitation.CaseFile.Statement> added = new java.util.ArrayList<>();
                for (int i = 0; i < statements / sessions; i++) {
                    added.add(new org.haven.exploitation.CaseFile.Statement(
                            "new-" + i,
                            subjects.get(random.nextInt(subjects.size())),
                            PROPERTIES.get(random.nextInt(PROPERTIES.size())),
                            tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(
                                    "value " + random.nextInt(6)),
                            null,
                            null,
                            null,
                            null,
                            "$",
                            null));
                }
                org.haven.exploitation.CaseFile.Entry last = file.record().getLast();
                start = System.nanoTime();
                org.haven.exploitation.Analysis again = running.add(new org.haven.exploitation.CaseFile.Debrief(
                        last.at().plusSeconds(3600), file.record().size(), "him", "one more", null, null, added));
                double recomputed = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-52s %8.2f s%n", "read and checked (schema, references)", read);
                System.out.printf(
                        "%-52s %8.2f s  (%,d claims, %,d contradictions)%n",
                        "analysed (subjects traced, claims, flags, sources)",
                        analysed,
                        analysis.claims().size(),
                        analysis.contradictions().size());
                System.out.printf("%-52s %8.2f s%n", "case-file analyse in all (read + analysed)", read + analysed);
                System.out.printf(
                        "%-52s %8.2f s  (%,d claims)%n",
                        "claims and flags again after one more session",
                        recomputed,
                        again.claims().size());
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
            return 0;
        }

        private static final List<String> PROPERTIES = List.of(
                "rank",
                "service",
                "position",
                "agents named",
                "recalled before defecting",
                "place of birth",
                "contacts",
                "codename",
                "department",
                "visits",
                "meetings",
                "residence",
                "languages",
                "vehicle",
                "telephone",
                "superior",
                "deputy",
                "cover job",
                "travel",
                "salary");

        private static final List<String> RANKS =
                List.of("lieutenant", "captain", "major", "lieutenant colonel", "colonel");

        private String synthetic(List<String> subjects) {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder out = new StringBuilder(Math.max(1 << 20, (statements + others) * 130));
            out.append("{\"format\":\"haven-case-file/1\",\"title\":\"Synthetic benchmark case\",")
                    .append("\"defectors\":[{\"ref\":\"D1\",\"name\":\"Boris BENCHMARKOV\"}],")
                    .append("\"sources\":[{\"ref\":\"him\",\"kind\":\"DEFECTOR\",\"reliability\":\"C\"}");
            String[] kinds = {"LIAISON", "AGENT", "INTERCEPT", "DOCUMENT", "OPEN"};
            for (int i = 0; i < 50; i++) {
                out.append(",{\"ref\":\"s")
                        .append(i)
                        .append("\",\"kind\":\"")
                        .append(kinds[i % kinds.length])
                        .append("\",\"reliability\":\"")
                        .append("ABCDEF".charAt(i % 6))
                        .append('"');
                if (i % 10 == 9) {
                    out.append(",\"derivedFrom\":[\"him\"]");
                }
                out.append('}');
            }
            out.append("],\"record\":[");
            int perSession = Math.max(1, statements / sessions);
            int perReport = 100;
            int reports = Math.max(1, others / perReport);
            int n = 0;
            boolean first = true;
            java.time.Instant at = java.time.Instant.parse("1946-01-01T00:00:00Z");
            int step = Math.max(1, (sessions + reports) / sessions);
            int session = 0;
            int report = 0;
            List<Integer> leadable = new java.util.ArrayList<>();
            while (session < sessions || report < reports) {
                boolean debrief = session < sessions && (report >= reports || (session + report) % step == 0);
                if (!first) {
                    out.append(',');
                }
                first = false;
                at = at.plusSeconds(600);
                if (debrief) {
                    out.append("{\"at\":\"")
                            .append(at)
                            .append("\",\"kind\":\"DEBRIEF\",\"source\":\"him\",")
                            .append("\"session\":\"")
                            .append(++session)
                            .append("\",\"statements\":[");
                    statements(out, random, subjects, perSession, n, false);
                    leadable.add(n);
                    n += perSession;
                } else {
                    out.append("{\"at\":\"")
                            .append(at)
                            .append("\",\"kind\":\"REPORT\",\"source\":\"s")
                            .append(random.nextInt(50))
                            .append("\",\"reference\":\"R")
                            .append(++report)
                            .append("\",\"statements\":[");
                    statements(out, random, subjects, perReport, n, true);
                    n += perReport;
                }
                out.append("]}");
            }
            for (int i = 0; i < Math.min(1000, leadable.size() * 5); i++) {
                int statement = leadable.get(random.nextInt(leadable.size())) + random.nextInt(perSession);
                at = at.plusSeconds(60);
                out.append(",{\"at\":\"")
                        .append(at)
                        .append("\",\"kind\":\"LEAD\",\"id\":\"L")
                        .append(i)
                        .append("\",\"statement\":\"st")
                        .append(statement)
                        .append("\"}");
                out.append(",{\"at\":\"")
                        .append(at)
                        .append("\",\"kind\":\"OUTCOME\",\"lead\":\"L")
                        .append(i)
                        .append("\",\"result\":\"")
                        .append(random.nextBoolean() ? "CONFIRMED" : "REFUTED")
                        .append("\"}");
            }
            out.append("]}");
            return out.toString();
        }

        private static void statements(
                StringBuilder out,
                java.util.Random random,
                List<String> subjects,
                int count,
                int from,
                boolean graded) {
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.append(',');
                }
                String property = PROPERTIES.get(random.nextInt(PROPERTIES.size()));
                String value = property.equals("rank")
                        ? '"' + RANKS.get(random.nextInt(RANKS.size())) + '"'
                        : property.equals("agents named")
                                ? String.valueOf(1 + random.nextInt(40))
                                : "\"value " + random.nextInt(6) + '"';
                out.append("{\"id\":\"st")
                        .append(from + i)
                        .append("\",\"subject\":\"")
                        .append(subjects.get(random.nextInt(subjects.size())).replace("\"", "'"))
                        .append("\",\"property\":\"")
                        .append(property)
                        .append("\",\"value\":")
                        .append(value);
                if (graded) {
                    out.append(",\"credibility\":").append(1 + random.nextInt(6));
                }
                out.append('}');
            }
        }
    }

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = "Document ingest in MB/s on the study's own text, repeated to --megabytes: as written"
                    + " (short lines) and on one line, side by side, in a fresh temporary store.")
    static class Ingest implements Callable<Integer> {

        @ParentCommand
        BenchmarkCommand benchmark;

        @Option(
                names = "--megabytes",
                defaultValue = "8",
                description = "Size of each document (default: ${DEFAULT-VALUE}).")
        int megabytes;

        @Option(
                names = "--runs",
                defaultValue = "3",
                description = "Runs of each document, alternating (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("haven-benchmark-");
            System.out.printf(
                    "Haven ingest benchmark, %s, %d cores, Java %s, %s%n",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    System.getProperty("os.name"));
            String study;
            try (var in =
                    BenchmarkCommand.class.getResourceAsStream("/sources/mi5-study-of-soviet-defectors-1948.txt")) {
                study = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            }
            String asWritten = repeat(study + "\n", megabytes);
            String oneLine = repeat(study.replace('\n', ' ') + " ", megabytes);
            benchmark.haven.dataDir = dir;
            try (ConfigurableApplicationContext context = benchmark.haven.start()) {
                org.haven.registry.DocumentIngest ingest = context.getBean(org.haven.registry.DocumentIngest.class);
                org.haven.registry.NameTrace trace = context.getBean(org.haven.registry.NameTrace.class);
                double mb = asWritten.getBytes(StandardCharsets.UTF_8).length / 1e6;
                System.out.printf("Documents: %.1f MB each (the study repeated)%n%n", mb);
                System.out.printf("%-14s %10s %12s%n", "document", "MB/s", "mentions");
                for (int run = 1; run <= runs; run++) {
                    for (var document : java.util.List.of(
                            java.util.Map.entry("as written", asWritten), java.util.Map.entry("one line", oneLine))) {
                        long[] mentions = {0};
                        long start = System.nanoTime();
                        ingest.ingest(document.getValue(), trace::openToEveryone, m -> mentions[0]++, read -> {});
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf(
                                java.util.Locale.ROOT,
                                "%-14s %10.2f %12d%n",
                                document.getKey(),
                                mb / seconds,
                                mentions[0]);
                    }
                }
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
            return 0;
        }

        private static String repeat(String unit, int megabytes) {
            StringBuilder out = new StringBuilder();
            while (out.length() < megabytes * 1_000_000L) {
                out.append(unit);
            }
            return out.toString();
        }
    }

    @Command(
            name = "audit",
            mixinStandardHelpOptions = true,
            description = "Audited writes per second (1 and 2 threads) and the time to verify a chain of"
                    + " --entries entries, in a fresh temporary store.")
    static class Audit implements Callable<Integer> {

        @ParentCommand
        BenchmarkCommand benchmark;

        @Option(
                names = "--writes",
                defaultValue = "5000",
                description = "Audited writes per run (default: ${DEFAULT-VALUE}).")
        int writes;

        @Option(
                names = "--entries",
                defaultValue = "1000000",
                description = "Entries in the chain to verify (default: ${DEFAULT-VALUE}).")
        int entries;

        @Option(
                names = "--runs",
                defaultValue = "3",
                description = "Runs of each measurement (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("haven-benchmark-");
            System.out.printf(
                    "Haven audit benchmark, %s, %d cores, Java %s, %s%n",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    System.getProperty("os.name"));
            System.out.printf("Store: embedded H2 in %s%n%n", dir);
            benchmark.haven.dataDir = dir;
            try (ConfigurableApplicationContext context = benchmark.haven.start()) {
                CaseManagement cases = context.getBean(CaseManagement.class);
                AuditLog audit = context.getBean(AuditLog.class);
                TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

                // Warm-up, then runs side by side so that noise hits each measurement alike.
                approaches(cases, 1, Math.min(writes, 1000));
                appends(audit, tx, 1, Math.min(writes, 1000));
                List<Double> approaches1 = new ArrayList<>();
                List<Double> approaches2 = new ArrayList<>();
                List<Double> appends1 = new ArrayList<>();
                List<Double> appends2 = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    approaches1.add(approaches(cases, 1, writes));
                    approaches2.add(approaches(cases, 2, writes));
                    appends1.add(appends(audit, tx, 1, writes));
                    appends2.add(appends(audit, tx, 2, writes));
                }
                System.out.println("Audited writes per second (median of " + runs + " runs of " + writes + "):");
                System.out.printf(
                        "  record an approach (case, approach, audit entry), 1 thread   %8.0f /s%n",
                        median(approaches1));
                System.out.printf(
                        "  record an approach (case, approach, audit entry), 2 threads  %8.0f /s%n",
                        median(approaches2));
                System.out.printf(
                        "  audit entry alone, one per transaction, 1 thread             %8.0f /s%n", median(appends1));
                System.out.printf(
                        "  audit entry alone, one per transaction, 2 threads            %8.0f /s%n", median(appends2));

                long have = audit.count();
                Instant fillStart = Instant.now();
                fill(audit, tx, entries - have);
                System.out.printf(
                        "%nFilled the chain to %d entries in %s%n",
                        audit.count(), Duration.between(fillStart, Instant.now()));
                AuditVerification verification = context.getBean(AuditVerification.class);
                List<Double> seconds = new ArrayList<>();
                AuditVerification.Result result = null;
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    result = verification.verify();
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
                System.out.printf(
                        "Verify the chain of %d entries: median %.2f s of %d runs %s (intact: %s)%n",
                        result.entries(), median(seconds), runs, seconds, result.intact());
                return result.intact() ? 0 : 1;
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    System.err.println("could not remove " + dir + ": " + e.getMessage());
                }
            }
        }

        private static double approaches(CaseManagement cases, int threads, int count) throws Exception {
            return timed(
                    threads,
                    count,
                    i -> cases.recordApproach(new RecordApproach(
                            "Benchmark Approach " + i,
                            "Vienna",
                            "Austria",
                            Setting.FIELD,
                            "the British",
                            "a catalogue of information",
                            "recall",
                            null,
                            "benchmark",
                            null,
                            null)));
        }

        private static double appends(AuditLog audit, TransactionTemplate tx, int threads, int count) throws Exception {
            return timed(threads, count, i -> tx.executeWithoutResult(s -> audit.append(record(i))));
        }

        private static void fill(AuditLog audit, TransactionTemplate tx, long count) {
            int batch = 10_000;
            for (long done = 0; done < count; done += batch) {
                long size = Math.min(batch, count - done);
                long from = done;
                tx.executeWithoutResult(s -> {
                    for (long i = 0; i < size; i++) {
                        audit.append(record(from + i));
                    }
                });
            }
        }

        private static AuditRecord record(long i) {
            return new AuditRecord(
                    "benchmark",
                    "BenchmarkWrite",
                    "benchmark",
                    "b-" + i,
                    Map.of("n", i, "note", "an audited write"),
                    null);
        }

        interface Write {
            void run(int i) throws Exception;
        }

        /** Runs the writes on the given number of threads; returns writes per second. */
        private static double timed(int threads, int count, Write write) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = thread; i < count; i += threads) {
                            write.run(i);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                return count / ((System.nanoTime() - start) / 1e9);
            } finally {
                pool.shutdown();
            }
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }
}
