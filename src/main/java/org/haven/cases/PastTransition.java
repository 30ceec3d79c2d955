package org.haven.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A move a case went through: who, when, why, and who approved it.
 *
 * @param transition the move
 * @param from the case's headline status before
 * @param to the case's headline status after
 * @param fromState the state of the move's track before ({@code null}: not begun, or a move of the whole case)
 * @param toState the state of the move's track after ({@code null} for a move of the whole case)
 * @param officer the officer who made it (for a four-eyes move, who proposed it)
 * @param approvedBy the second officer, for a four-eyes move
 * @param at when
 * @param reason why, in the officer's words
 */
public record PastTransition(
        Transition transition,
        CaseStatus from,
        CaseStatus to,
        @Nullable TrackState fromState,
        @Nullable TrackState toState,
        String officer,
        @Nullable String approvedBy,
        Instant at,
        String reason) {}
