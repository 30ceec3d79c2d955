package org.haven.study;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a study, computed from the case records.
 *
 * @param id a stable identifier, e.g. {@code recalled-before-defection}
 * @param label what the figure counts, in the study's words
 * @param value the number of defectors the figure counts
 * @param of the number of defectors considered
 * @param members the defectors counted, by display name
 * @param unknown the defectors whose records are silent on the question
 * @param evidence for each defector counted, the facts and passages that put him there
 * @param breakdown for a figure that sorts defectors by a value (year, city, reason), the groups
 * @param paper the paper's own statement of the figure, where it makes one
 * @param agreement how the records compare with the paper
 * @param disagreement where records and paper differ, what differs
 */
public record Figure(
        String id,
        String label,
        int value,
        int of,
        List<String> members,
        List<String> unknown,
        List<Evidence> evidence,
        List<Group> breakdown,
        @Nullable PaperFigure paper,
        Agreement agreement,
        @Nullable String disagreement) {

    public Figure {
        members = List.copyOf(members);
        unknown = List.copyOf(unknown);
        evidence = List.copyOf(evidence);
        breakdown = List.copyOf(breakdown);
    }

    /** How a figure computed from the records compares with the paper's own. */
    public enum Agreement {
        /** The records give the paper's number and the paper's people. */
        AGREES,
        /** The records give fewer, but the cases they are silent on could make up the difference. */
        RECORDS_INCOMPLETE,
        /** The records and the paper differ. */
        DISAGREES,
        /** The paper gives no figure of its own. */
        NOT_STATED
    }

    /**
     * One group of a breakdown.
     *
     * @param value the group's value as the records hold it (e.g. {@code LOVE}, {@code Paris}, {@code 1946})
     * @param label the value in words
     * @param count the number of defectors in the group
     * @param members the defectors in it, by display name
     * @param paper the paper's own count for the group, where it gives one
     */
    public record Group(
            String value,
            String label,
            int count,
            List<String> members,
            @Nullable Integer paper) {

        public Group {
            members = List.copyOf(members);
        }
    }
}
