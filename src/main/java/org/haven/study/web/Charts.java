package org.haven.study.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.haven.study.Figure;
import org.haven.study.Study;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The study as pictures: one chart for every figure that sorts the defectors into groups, and one of the figures
 * that count what became of them. Every bar links to the cases and passages behind it.
 */
record Charts(List<Chart> charts) {

    /** The counted figures shown together as "what became of them", where the study has them. */
    static final Set<String> OUTCOMES = Set.of(
            "exploited", "not-exploited", "wrote-memoirs", "paid-with-life", "false-name", "lost-before-decision");

    /**
     * One chart.
     *
     * @param id the figure's id, or {@code outcomes}
     * @param title what it shows
     * @param href the page of the whole figure, or null
     * @param horizontal whether its bars lie across (long labels)
     * @param bars its bars, in order
     * @param unknown how many defectors' records are silent on it
     */
    record Chart(String id, String title, String href, boolean horizontal, List<Bar> bars, int unknown) {

        /** Whether the paper gives a number of its own for any bar. */
        public boolean papered() {
            return bars.stream().anyMatch(b -> b.paper() != null);
        }

        /** A sentence that says what the chart shows, for those who cannot see it. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (Bar b : bars) {
                parts.add(b.label() + ": " + b.value() + " in the records"
                        + (b.paper() == null ? "" : ", " + b.paper() + " in the paper"));
            }
            return title + ". " + String.join("; ", parts) + (unknown > 0 ? "; unknown: " + unknown : "") + ".";
        }
    }

    /**
     * One bar: a group of defectors, and where to find them.
     *
     * @param label the group in words
     * @param value the number of defectors in it
     * @param href the page with the cases and passages behind it
     * @param members the defectors in it, by display name
     * @param paper the paper's own number for it, where the paper gives one: beside the records', so that a group
     *     the paper counts and the records do not name shows as such, not as nothing
     */
    record Bar(
            String label,
            int value,
            String href,
            List<String> members,
            @Nullable Integer paper) {}

    static Charts of(Study study) {
        List<Chart> charts = new ArrayList<>();
        for (Figure f : study.figures()) {
            if (f.breakdown().isEmpty()) {
                continue;
            }
            List<Bar> bars = f.breakdown().stream()
                    .map(g -> new Bar(g.label(), g.count(), groupHref(f.id(), g.value()), g.members(), g.paper()))
                    .toList();
            boolean horizontal = bars.stream().anyMatch(b -> b.label().length() > 12) || bars.size() > 10;
            charts.add(new Chart(
                    f.id(),
                    f.label(),
                    figureHref(f.id()),
                    horizontal,
                    bars,
                    f.unknown().size()));
        }
        List<Bar> outcomes = study.figures().stream()
                .filter(f -> OUTCOMES.contains(f.id()))
                .map(f -> new Bar(
                        f.label(),
                        f.value(),
                        figureHref(f.id()),
                        f.members(),
                        f.paper() == null ? null : f.paper().value()))
                .toList();
        if (!outcomes.isEmpty()) {
            charts.add(new Chart("outcomes", "What became of them", "", true, outcomes, 0));
        }
        return new Charts(List.copyOf(charts));
    }

    static String figureHref(String figure) {
        return UriComponentsBuilder.fromPath("/study/{figure}")
                .buildAndExpand(figure)
                .encode()
                .toUriString();
    }

    static String groupHref(String figure, String group) {
        return UriComponentsBuilder.fromPath("/study/{figure}")
                .queryParam("group", "{group}")
                .buildAndExpand(figure, group)
                .encode()
                .toUriString();
    }
}
