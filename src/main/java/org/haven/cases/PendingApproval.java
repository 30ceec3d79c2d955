package org.haven.cases;

import java.time.Instant;

/**
 * A four-eyes transition proposed by one officer, awaiting a second officer's approval.
 *
 * @param transition the proposed move
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param reason why
 */
public record PendingApproval(Transition transition, String proposedBy, Instant proposedAt, String reason) {}
