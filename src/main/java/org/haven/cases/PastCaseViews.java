package org.haven.cases;

import java.util.List;
import java.util.Optional;

/**
 * The port through which the case pages and the case API show the cases that are not live: the records of past
 * studies, which another module keeps. The cases module knows nothing of them but their views.
 */
public interface PastCaseViews {

    /** The view of the past case with this id, if there is one. */
    Optional<CaseView> view(CaseId id);

    /** Every past case's view, in the order the archive keeps them. */
    List<CaseView> views();

    /** Whether the id is a past case's. */
    default boolean holds(CaseId id) {
        return view(id).isPresent();
    }
}
