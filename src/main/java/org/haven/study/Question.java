package org.haven.study;

import java.util.List;
import java.util.function.Function;
import org.haven.archive.PastDefector;
import org.haven.study.Evidence.CitedFact;
import org.jspecify.annotations.Nullable;

/** A question a study asks of every defector's record. */
sealed interface Question {

    String id();

    String label();

    @Nullable
    PaperStatement paper();

    /** Counts the defectors for whom the answer is yes. */
    record Count(
            String id,
            String label,
            Function<PastDefector, Answer> judge,
            @Nullable PaperStatement paper) implements Question {}

    /** Sorts the defectors into groups by a value of their records. */
    record Breakdown(
            String id,
            String label,
            Function<PastDefector, List<Grouped>> groups,
            boolean inValueOrder,
            @Nullable PaperStatement paper)
            implements Question {}

    /** The years from the first defection to the last, over the defectors whose year is known. */
    record Span(String id, String label, @Nullable PaperStatement paper) implements Question {

        Function<PastDefector, Answer> judge() {
            return d -> Questions.yes(d, org.haven.archive.Attribute.DEFECTED);
        }
    }

    /** A defector's answer to a yes-or-no question, with the facts that decide it. */
    record Answer(Verdict verdict, List<CitedFact> facts) {

        enum Verdict {
            YES,
            NO,
            UNKNOWN
        }

        static final Answer UNKNOWN = new Answer(Verdict.UNKNOWN, List.of());
    }

    /** One value a defector's record puts him under, with the fact that says so. */
    record Grouped(String value, String label, CitedFact fact) {}
}
