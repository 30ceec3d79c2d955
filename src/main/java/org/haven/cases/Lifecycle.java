package org.haven.cases;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a case stands, the approach that opened it, a move awaiting approval, and every move it went through.
 *
 * @param status the current status
 * @param approach the approach and its decision clock; {@code null} for a historical case
 * @param pending a four-eyes move awaiting a second officer, if any
 * @param history every past move, oldest first
 */
public record Lifecycle(
        CaseStatus status,
        @Nullable Approach approach,
        @Nullable PendingApproval pending,
        List<PastTransition> history) {

    private static final Lifecycle HISTORICAL = new Lifecycle(CaseStatus.HISTORICAL, null, null, List.of());

    public Lifecycle {
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        if (status != CaseStatus.HISTORICAL && approach == null) {
            throw new IllegalArgumentException("a case in the lifecycle has the approach that opened it");
        }
    }

    /** The lifecycle of a record of a past case: none. */
    public static Lifecycle historical() {
        return HISTORICAL;
    }
}
