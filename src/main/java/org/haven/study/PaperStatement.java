package org.haven.study;

import java.util.List;
import java.util.Map;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * What a paper says of one of its figures, before it is compared with the records.
 *
 * @param value the number the paper gives, or {@code null} where it only names the people
 * @param names the people it names, as it spells them
 * @param breakdown its own counts per group, keyed by the group's value in the records
 * @param passages where it says so
 * @param note how to read it
 */
record PaperStatement(
        @Nullable Integer value,
        List<String> names,
        Map<String, Integer> breakdown,
        List<Citation> passages,
        @Nullable String note) {

    PaperStatement {
        names = List.copyOf(names);
        breakdown = Map.copyOf(breakdown);
        passages = List.copyOf(passages);
        if (value == null && names.isEmpty() && breakdown.isEmpty()) {
            throw new IllegalArgumentException("a paper statement gives a number, names or counts per group");
        }
    }

    static PaperStatement number(int value, String note, Citation... passages) {
        return new PaperStatement(value, List.of(), Map.of(), List.of(passages), note);
    }

    static PaperStatement names(
            @Nullable Integer value, List<String> names, @Nullable String note, Citation... passages) {
        return new PaperStatement(value, names, Map.of(), List.of(passages), note);
    }

    /** The paper's number: the one it gives, or else the number of people it names, or the sum of its groups. */
    int count() {
        if (value != null) {
            return value;
        }
        return names.isEmpty()
                ? breakdown.values().stream().mapToInt(Integer::intValue).sum()
                : names.size();
    }
}
