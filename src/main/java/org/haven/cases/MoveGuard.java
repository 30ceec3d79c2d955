package org.haven.cases;

import java.util.Optional;

/**
 * A port through which the module that owns a track has its say on a move before it is made or approved: the
 * vetting module, for instance, refuses to conclude vetting until the vetting file holds its conclusion. Every
 * guard is asked; the first refusal wins.
 */
public interface MoveGuard {

    /** Why the move may not be made on the case now, or nothing when this guard allows it. */
    Optional<String> refusal(DefectionCase kase, Transition transition);
}
