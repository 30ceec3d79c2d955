package org.haven.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where each track of a case stands, the approach that opened it, whether it is closed, a move awaiting approval,
 * and every move it went through. The case's headline {@link #status()} is derived from these.
 *
 * @param approach the approach that opened the case, and its decision clock
 * @param tracks the state of every track that has begun
 * @param closed whether the case is closed
 * @param pending a four-eyes move awaiting a second officer, if any
 * @param history every past move, oldest first
 */
public record Lifecycle(
        Approach approach,
        Map<Track, TrackState> tracks,
        boolean closed,
        @Nullable PendingApproval pending,
        List<PastTransition> history) {

    /** Headline statuses of an accepted case, the most advanced first. */
    private static final List<TrackState> ADVANCEMENT = List.of(
            TrackState.RESETTLED,
            TrackState.VETTING_CONCLUDED,
            TrackState.IN_EXPLOITATION,
            TrackState.UNDER_VETTING,
            TrackState.EVACUATED,
            TrackState.IN_PROTECTIVE_CUSTODY);

    public Lifecycle {
        Objects.requireNonNull(approach, "approach");
        Map<Track, TrackState> copy = new EnumMap<>(Track.class);
        tracks.forEach((track, state) -> {
            if (Objects.requireNonNull(state, "state").track() != track) {
                throw new IllegalArgumentException(state + " is not a state of the " + track.words() + " track");
            }
            copy.put(track, state);
        });
        tracks = Collections.unmodifiableMap(copy);
        history = List.copyOf(history);
        if (approach == null && (!tracks.isEmpty() || closed || pending != null || !history.isEmpty())) {
            throw new IllegalArgumentException(
                    "a case without an approach is a historical record: it has no lifecycle");
        }
        if (approach != null && !tracks.containsKey(Track.RECEPTION)) {
            throw new IllegalArgumentException("a case in the lifecycle has its reception track");
        }
    }

    /** The lifecycle of a new approach: reception has begun, nothing else. */
    static Lifecycle approached(Approach approach) {
        return new Lifecycle(approach, Map.of(Track.RECEPTION, TrackState.APPROACHED), false, null, List.of());
    }

    /** The state of a track; {@code null} when it has not begun. */
    public @Nullable TrackState state(Track track) {
        return tracks.get(track);
    }

    /** The headline: closed, reopened, awaiting a decision, declined, lost, or the most advanced track's state. */
    public CaseStatus status() {
        if (closed) {
            return CaseStatus.CLOSED;
        }
        if (!history.isEmpty() && history.getLast().transition() == Transition.REOPEN) {
            return CaseStatus.REOPENED;
        }
        TrackState reception = Objects.requireNonNull(tracks.get(Track.RECEPTION));
        if (reception != TrackState.ACCEPTED) {
            return CaseStatus.valueOf(reception.name());
        }
        return ADVANCEMENT.stream()
                .filter(tracks::containsValue)
                .findFirst()
                .map(s -> CaseStatus.valueOf(s.name()))
                .orElse(CaseStatus.ACCEPTED);
    }

    Lifecycle withApproach(Approach next) {
        return new Lifecycle(next, tracks, closed, pending, history);
    }

    Lifecycle withPending(@Nullable PendingApproval next) {
        return new Lifecycle(approach, tracks, closed, next, history);
    }
}
