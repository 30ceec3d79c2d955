package org.haven.registry.web;

import java.util.function.Predicate;
import org.haven.registry.Match;
import org.haven.registry.NameTrace;
import org.haven.security.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which matches a reader may see: everyone sees the people open to everyone; a live defector only those whose
 * clearance covers his case's label, each decision audited.
 */
@Component
class Visible {

    private static final String CASE = "case";

    private final NameTrace trace;
    private final NeedToKnow needToKnow;

    Visible(NameTrace trace, NeedToKnow needToKnow) {
        this.trace = trace;
        this.needToKnow = needToKnow;
    }

    Predicate<Match> to(Authentication reader) {
        return m -> trace.openToEveryone(m) || (m.caseId() != null && needToKnow.mayRead(reader, CASE, m.caseId()));
    }
}
