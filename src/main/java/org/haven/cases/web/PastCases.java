package org.haven.cases.web;

import java.util.List;
import java.util.Optional;
import org.haven.cases.CaseId;
import org.haven.cases.CaseView;
import org.haven.cases.PastCaseViews;
import org.springframework.stereotype.Component;

/**
 * The past cases, as whichever modules keep them show them through the {@link PastCaseViews} port: none, when the
 * cases module runs without them.
 */
@Component
class PastCases {

    private final List<PastCaseViews> keepers;

    PastCases(List<PastCaseViews> keepers) {
        this.keepers = List.copyOf(keepers);
    }

    Optional<CaseView> view(CaseId id) {
        return keepers.stream().flatMap(k -> k.view(id).stream()).findFirst();
    }

    List<CaseView> views() {
        return keepers.stream().flatMap(k -> k.views().stream()).toList();
    }

    boolean holds(CaseId id) {
        return keepers.stream().anyMatch(k -> k.holds(id));
    }
}
