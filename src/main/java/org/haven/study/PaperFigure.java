package org.haven.study;

import java.util.List;
import java.util.Map;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A figure as the paper states it.
 *
 * @param value the paper's number; where the paper only names the people, the number it names
 * @param stated whether the paper gives the number itself ({@code false}: it lists names without counting)
 * @param names the people the paper names for the figure, spelled as the paper spells them
 * @param members those names resolved to the defectors of the records, by display name
 * @param breakdown the paper's own counts per group, where it gives them (e.g. six in Paris)
 * @param passages the passages that state it
 * @param note how to read the paper's statement
 */
public record PaperFigure(
        int value,
        boolean stated,
        List<String> names,
        List<String> members,
        Map<String, Integer> breakdown,
        List<Citation> passages,
        @Nullable String note) {

    public PaperFigure {
        names = List.copyOf(names);
        members = List.copyOf(members);
        breakdown = Map.copyOf(breakdown);
        passages = List.copyOf(passages);
    }
}
