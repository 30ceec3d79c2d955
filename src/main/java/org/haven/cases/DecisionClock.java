package org.haven.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The decision clock: escalates open approaches as their time runs, flags them overdue with the fallback, and
 * lists every open one, the least time left first. No approach can be lost: every undecided approach is listed
 * until it is decided, declined or lost, whatever its level.
 */
@Service
public class DecisionClock {

    private static final Logger log = LoggerFactory.getLogger(DecisionClock.class);

    private final Cases cases;
    private final CaseManagement management;
    private final DecisionPolicy policy;
    private final Clock clock;

    DecisionClock(Cases cases, CaseManagement management, DecisionPolicy policy, Clock clock) {
        this.cases = cases;
        this.management = management;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One open approach in the queue.
     *
     * @param caseId the case
     * @param version the case's version, to act on it
     * @param nameGiven the name he gave
     * @param place where he approached
     * @param country the country
     * @param setting in the field or at a mission abroad
     * @param recipient to whom
     * @param receivedBy the receiving officer
     * @param approachedAt when
     * @param decisionDue by when a decision is due
     * @param timeLeft the time left, negative when overdue
     * @param escalationLevel the level reached
     * @param heldBy who holds the decision at that level ({@code null}: the receiving officer)
     * @param overdue whether the decision is overdue
     * @param proposedFallback the fallback proposed when overdue
     * @param custodyPendingDecision whether he is in protective custody pending the decision
     * @param awaitingApproval a move proposed and awaiting a second officer, if any
     */
    public record Due(
            String caseId,
            long version,
            String nameGiven,
            String place,
            String country,
            Setting setting,
            String recipient,
            String receivedBy,
            Instant approachedAt,
            Instant decisionDue,
            Duration timeLeft,
            int escalationLevel,
            @Nullable String heldBy,
            boolean overdue,
            @Nullable String proposedFallback,
            boolean custodyPendingDecision,
            @Nullable String awaitingApproval) {}

    /** Every approach awaiting a decision, the least time left first. */
    public List<Due> due() {
        Instant now = clock.instant();
        return cases.findByStatus(CaseStatus.APPROACHED).stream()
                .map(c -> {
                    Approach a = Objects.requireNonNull(c.lifecycle().approach());
                    boolean overdue = !now.isBefore(a.decisionDue());
                    PendingApproval pending = c.lifecycle().pending();
                    return new Due(
                            c.id().value(),
                            c.version(),
                            a.nameGiven(),
                            a.place(),
                            a.country(),
                            a.setting(),
                            a.recipient(),
                            a.receivedBy(),
                            a.approachedAt(),
                            a.decisionDue(),
                            a.timeLeft(now),
                            a.escalationLevel(),
                            policy.holder(a.escalationLevel()),
                            overdue,
                            overdue && !a.custodyPendingDecision() ? DecisionPolicy.FALLBACK : null,
                            a.custodyPendingDecision(),
                            pending == null ? null : pending.transition().verb());
                })
                .sorted(Comparator.comparing(Due::decisionDue).thenComparing(Due::caseId))
                .toList();
    }

    /** Escalates every open approach whose clock has passed a threshold; returns the changes made. */
    public List<CaseChange> review() {
        Instant now = clock.instant();
        return due().stream()
                .map(d -> {
                    try {
                        return management.escalate(new CaseId(d.caseId()), now);
                    } catch (ConcurrentCaseChange e) {
                        // An officer acted on the case meanwhile; the next review looks again.
                        log.debug("Escalation of {} deferred: {}", d.caseId(), e.getMessage());
                        return null;
                    } catch (RuntimeException e) {
                        // One case that cannot be escalated must not hold up the others.
                        log.error("Escalation of {} failed; the next review tries again", d.caseId(), e);
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
