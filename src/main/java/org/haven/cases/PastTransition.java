package org.haven.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A transition a case went through: who, when, why, and who approved it.
 *
 * @param transition the move
 * @param from the status before
 * @param to the status after
 * @param officer the officer who made it (for a four-eyes move, who proposed it)
 * @param approvedBy the second officer, for a four-eyes move
 * @param at when
 * @param reason why, in the officer's words
 */
public record PastTransition(
        Transition transition,
        CaseStatus from,
        CaseStatus to,
        String officer,
        @Nullable String approvedBy,
        Instant at,
        String reason) {}
