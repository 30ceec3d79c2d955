package org.haven.archive;

import java.util.List;
import java.util.Objects;
import org.haven.evidence.Certainty;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * One thing known about a case or a defector, with the passages that state it.
 *
 * <p>A fact without a value is <em>unknown</em>: the sources are silent. Unknown is never read as false.
 *
 * @param value the value, or {@code null} when unknown
 * @param certainty how firmly the sources support the value
 * @param sources the passages that state it; never empty for a known fact
 * @param note a short explanation, e.g. how an inferred value follows from its passage
 * @param <T> the type of the value
 */
public record Fact<T>(
        @Nullable T value,
        Certainty certainty,
        List<Citation> sources,
        @Nullable String note) {

    private static final Fact<?> UNKNOWN = new Fact<>(null, Certainty.STATED, List.of(), null);

    public Fact {
        Objects.requireNonNull(certainty, "certainty");
        sources = List.copyOf(sources);
        if (value != null && sources.isEmpty()) {
            throw new IllegalArgumentException("a known fact needs at least one source");
        }
    }

    /** A fact the sources state plainly. */
    public static <T> Fact<T> stated(T value, Citation... sources) {
        return new Fact<>(value, Certainty.STATED, List.of(sources), null);
    }

    @SuppressWarnings("unchecked")
    public static <T> Fact<T> unknown() {
        return (Fact<T>) UNKNOWN;
    }

    public boolean known() {
        return value != null;
    }

    /** Whether the value is known and equals the given one; an unknown fact equals nothing. */
    public boolean is(Object expected) {
        return expected.equals(value);
    }
}
