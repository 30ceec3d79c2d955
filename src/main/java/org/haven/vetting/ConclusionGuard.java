package org.haven.vetting;

import java.util.Optional;
import org.haven.cases.DefectionCase;
import org.haven.cases.MoveGuard;
import org.haven.cases.Transition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The vetting module's say on the case's moves: vetting is concluded only on a written conclusion awaiting its second
 * vetting officer (see {@link VettingConclusions}); no other move is its concern. It reads the conclusions' table
 * alone, so that the case's moves need nothing else of this module.
 */
@Service
class ConclusionGuard implements MoveGuard {

    private final JdbcClient jdbc;

    ConclusionGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refusal(DefectionCase kase, Transition transition) {
        if (transition != Transition.CONCLUDE_VETTING) {
            return Optional.empty();
        }
        // Its approval: the proposal passed this guard when it was made (or was made before the release that put
        // the guard here, and is approved as it was proposed).
        var pending = kase.lifecycle().pending();
        if (pending != null && pending.transition() == Transition.CONCLUDE_VETTING) {
            return Optional.empty();
        }
        long proposed = jdbc.sql("select count(*) from vetting_conclusion where case_id = ? and status = 'PROPOSED'")
                .param(kase.id().value())
                .query(Long.class)
                .single();
        if (proposed > 0) {
            return Optional.empty();
        }
        return Optional.of("vetting is concluded on a written conclusion: propose it on the case's vetting page,"
                + " where a second vetting officer approves it");
    }
}
