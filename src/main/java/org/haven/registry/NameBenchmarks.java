package org.haven.registry;

import java.io.PrintStream;
import org.haven.registry.internal.bench.Calibration;
import org.haven.registry.internal.bench.NameBenchmark;
import org.jspecify.annotations.Nullable;

/** The name-trace benchmark and the calibration of the scorer, for the command line. */
public final class NameBenchmarks {

    private NameBenchmarks() {}

    /**
     * Measures the trace on a synthetic registry, beside PostgreSQL pg_trgm when a URL is given.
     *
     * @param names the registry's size
     * @param queriesPerClass queries of each class of variant
     * @param seconds length of each throughput run
     * @param seed the generator's seed
     * @param postgresUrl JDBC URL of a PostgreSQL for the baseline, or {@code null} to skip it
     * @param postgresUser its user
     * @param postgresPassword its password
     * @param misses missed queries to print per class
     * @param out where the report goes
     */
    public static void measure(
            int names,
            int queriesPerClass,
            int seconds,
            long seed,
            @Nullable String postgresUrl,
            @Nullable String postgresUser,
            @Nullable String postgresPassword,
            int misses,
            PrintStream out)
            throws Exception {
        new NameBenchmark(
                        new NameBenchmark.Settings(
                                names,
                                queriesPerClass,
                                seconds,
                                seed,
                                postgresUrl,
                                postgresUser,
                                postgresPassword,
                                misses),
                        out)
                .run();
    }

    /** Fits the scorer's weights on labelled synthetic pairs and prints them with a reliability table. */
    public static void calibrate(int names, int queriesPerClass, long seed, PrintStream out) throws Exception {
        new Calibration(out).run(names, queriesPerClass, seed);
    }
}
