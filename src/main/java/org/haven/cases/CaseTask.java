package org.haven.cases;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A task on a case, with an owner and a due date.
 *
 * @param id the task's identifier
 * @param caseId the case it belongs to
 * @param kind the kind of step
 * @param title what is to be done
 * @param owner who is to do it
 * @param due by when
 * @param createdAt when it was set
 * @param completedAt when it was done, if it was
 * @param completedBy who reported it done
 * @param version the optimistic-lock version
 */
public record CaseTask(
        String id,
        CaseId caseId,
        TaskKind kind,
        String title,
        String owner,
        Instant due,
        Instant createdAt,
        @Nullable Instant completedAt,
        @Nullable String completedBy,
        long version) {

    public CaseTask {
        Objects.requireNonNull(kind, "kind");
        Approach.requireText("title", title, 500);
        Approach.requireText("owner", owner);
    }

    public boolean done() {
        return completedAt != null;
    }

    /** Whether it is past due and not done. */
    public boolean overdue(Instant now) {
        return !done() && now.isAfter(due);
    }

    CaseTask completedBy(String officer, Instant at) {
        return new CaseTask(id, caseId, kind, title, owner, due, createdAt, at, officer, version + 1);
    }
}
