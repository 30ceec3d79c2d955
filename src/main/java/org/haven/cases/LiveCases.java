package org.haven.cases;

import java.util.List;
import org.haven.security.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The live cases an officer may read: every one not closed, within his clearance, the reading recorded; none for
 * a user whose roles work no live case.
 */
@Service
public class LiveCases {

    private final Cases cases;
    private final NeedToKnow needToKnow;

    LiveCases(Cases cases, NeedToKnow needToKnow) {
        this.cases = cases;
        this.needToKnow = needToKnow;
    }

    public List<DefectionCase> readableBy(Authentication officer) {
        if (!org.haven.security.Officers.mayWorkLiveCases(officer)) {
            return List.of(); // a historian, an auditor, an administrator: no live case is his to read
        }
        return needToKnow.visible(
                officer,
                CaseStates.CASE,
                cases.findAll().stream()
                        .filter(c -> c.status() != CaseStatus.CLOSED)
                        .toList(),
                c -> c.id().value());
    }
}
