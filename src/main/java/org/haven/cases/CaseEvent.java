package org.haven.cases;

import java.time.Instant;

/**
 * Published after every change to a case, for modules that react to it.
 *
 * @param caseId the case
 * @param name the past-tense event, e.g. {@code DefectorAccepted}
 * @param actor who acted
 * @param at when
 */
public record CaseEvent(CaseId caseId, String name, String actor, Instant at) {}
