package org.haven.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The named rules a move must pass, within its track and across the tracks. Each returns the reason for refusing
 * the move, or nothing when it allows it; the first refusal wins.
 */
public enum MovePolicy {
    /** A closed case takes no move but reopening; an open one cannot be reopened. */
    CLOSED_CASE_ONLY_REOPENS {
        @Override
        Optional<String> refusal(Lifecycle l, Transition t) {
            if (l.closed() && t != Transition.REOPEN) {
                return Optional.of("The case is closed: it must be reopened before '" + t.verb() + "'.");
            }
            if (!l.closed() && t == Transition.REOPEN) {
                return Optional.of("The case is not closed: there is nothing to reopen.");
            }
            return Optional.empty();
        }
    },
    /** A move starts from a state of its own track, or begins the track. */
    MOVES_FROM_ITS_TRACKS_STATE {
        @Override
        Optional<String> refusal(Lifecycle l, Transition t) {
            Track track = t.track();
            if (track == null) {
                return Optional.empty();
            }
            TrackState state = l.state(track);
            if (t.allowedFrom(state)) {
                return Optional.empty();
            }
            return Optional.of(
                    state == null
                            ? "The " + track.words() + " track has not begun: '" + t.verb() + "' cannot be made yet."
                            : "The " + track.words() + " track stands at '" + state.words() + "': '" + t.verb()
                                    + "' cannot be made from there.");
        }
    },
    /** Custody, vetting, exploitation, welfare and resettlement begin only once he has been accepted. */
    TRACK_WORK_NEEDS_ACCEPTANCE {
        @Override
        Optional<String> refusal(Lifecycle l, Transition t) {
            Track track = t.track();
            if (track == null || track == Track.RECEPTION || l.state(Track.RECEPTION) == TrackState.ACCEPTED) {
                return Optional.empty();
            }
            return Optional.of(
                    "He has not been accepted: the " + track.words() + " track's work begins only after acceptance.");
        }
    },
    /** He is resettled only once vetting has been concluded. */
    RESETTLEMENT_NEEDS_CONCLUDED_VETTING {
        @Override
        Optional<String> refusal(Lifecycle l, Transition t) {
            if (t != Transition.RESETTLE || l.state(Track.VETTING) == TrackState.VETTING_CONCLUDED) {
                return Optional.empty();
            }
            return Optional.of(
                    "Resettlement needs a concluded vetting; vetting " + describe(l.state(Track.VETTING)) + ".");
        }
    },
    /** A case is closed once the approach was declined or lost, or he has been resettled. */
    CLOSING_NEEDS_AN_END {
        private static final Set<TrackState> ENDS =
                EnumSet.of(TrackState.DECLINED, TrackState.LOST, TrackState.RESETTLED);

        @Override
        Optional<String> refusal(Lifecycle l, Transition t) {
            if (t != Transition.CLOSE || l.closed()) {
                return Optional.empty();
            }
            boolean ended = l.tracks().values().stream().anyMatch(ENDS::contains);
            return ended
                    ? Optional.empty()
                    : Optional.of(
                            "A case is closed once the approach was declined or lost, or he has been" + " resettled.");
        }
    };

    abstract Optional<String> refusal(Lifecycle lifecycle, Transition transition);

    /** The first policy's reason for refusing the move, or nothing when every policy allows it. */
    public static Optional<String> firstRefusal(Lifecycle lifecycle, Transition transition) {
        return Arrays.stream(values())
                .map(p -> p.refusal(lifecycle, transition))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static String describe(@Nullable TrackState state) {
        return state == null ? "has not begun" : "is at '" + state.words() + "'";
    }
}
