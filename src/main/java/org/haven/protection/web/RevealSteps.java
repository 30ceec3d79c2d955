package org.haven.protection.web;

import org.haven.cases.CaseId;
import org.haven.protection.Reveals;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** One step of a reveal, for the API and the page alike: the reveal must be the case's. */
final class RevealSteps {

    private RevealSteps() {}

    static Reveals.Reveal take(
            Reveals reveals,
            CaseId caseId,
            String reveal,
            String step,
            long version,
            @Nullable String text,
            Authentication officer) {
        if (reveals.find(reveal).filter(r -> r.caseId().equals(caseId.value())).isEmpty()) {
            throw new IllegalArgumentException("this case has no reveal '" + reveal + "'");
        }
        return switch (step) {
            case "approval" -> reveals.approve(reveal, officer, version);
            case "refusal" -> reveals.refuse(reveal, officer, version);
            case "revocation" -> reveals.revoke(reveal, officer, version);
            default -> reveals.review(reveal, text == null ? "" : text, officer, version);
        };
    }
}
