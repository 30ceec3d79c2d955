package org.haven.cases;

import static org.haven.cases.TrackState.ACCEPTED;
import static org.haven.cases.TrackState.APPROACHED;
import static org.haven.cases.TrackState.DECLINED;
import static org.haven.cases.TrackState.EVACUATED;
import static org.haven.cases.TrackState.EXPLOITATION_ENDED;
import static org.haven.cases.TrackState.IN_EXPLOITATION;
import static org.haven.cases.TrackState.IN_PROTECTIVE_CUSTODY;
import static org.haven.cases.TrackState.LOST;
import static org.haven.cases.TrackState.RELEASED_FROM_CUSTODY;
import static org.haven.cases.TrackState.RESETTLED;
import static org.haven.cases.TrackState.UNDER_VETTING;
import static org.haven.cases.TrackState.VETTING_CONCLUDED;
import static org.haven.security.Role.HANDLER;
import static org.haven.security.Role.PROTECTION;
import static org.haven.security.Role.RECEPTION;
import static org.haven.security.Role.RESETTLEMENT;
import static org.haven.security.Role.VETTING;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The moves of a case's life, named with the domain's verbs. Each belongs to one track (closing and reopening
 * belong to the case as a whole), says from which states of its track it is allowed (or that it begins the track),
 * where it leads, the event it records, whether a second officer must approve it, and which roles may propose and
 * approve it. Rules that cross tracks are the named policies of {@link MovePolicies}.
 */
public enum Transition {
    ACCEPT(
            "accept",
            Track.RECEPTION,
            ACCEPTED,
            Steps.from(APPROACHED),
            Officers.of(RECEPTION).approvedBy(RECEPTION)),
    DECLINE("decline", Track.RECEPTION, DECLINED, Steps.from(APPROACHED), Officers.of(RECEPTION)),
    MARK_LOST("mark-lost", Track.RECEPTION, LOST, Steps.from(APPROACHED), Officers.of(RECEPTION, HANDLER)),
    TAKE_INTO_PROTECTIVE_CUSTODY(
            "take-into-protective-custody",
            Track.CUSTODY,
            IN_PROTECTIVE_CUSTODY,
            Steps.beginning().orFrom(RELEASED_FROM_CUSTODY),
            Officers.of(PROTECTION)),
    EVACUATE("evacuate", Track.CUSTODY, EVACUATED, Steps.from(IN_PROTECTIVE_CUSTODY), Officers.of(PROTECTION)),
    RELEASE_FROM_CUSTODY(
            "release-from-custody",
            Track.CUSTODY,
            RELEASED_FROM_CUSTODY,
            Steps.from(IN_PROTECTIVE_CUSTODY, EVACUATED),
            Officers.of(PROTECTION)),
    BEGIN_VETTING("begin-vetting", Track.VETTING, UNDER_VETTING, Steps.beginning(), Officers.of(VETTING)),
    CONCLUDE_VETTING(
            "conclude-vetting",
            Track.VETTING,
            VETTING_CONCLUDED,
            Steps.from(UNDER_VETTING),
            Officers.of(VETTING).approvedBy(VETTING)),
    REOPEN_VETTING("reopen-vetting", Track.VETTING, UNDER_VETTING, Steps.from(VETTING_CONCLUDED), Officers.of(VETTING)),
    BEGIN_EXPLOITATION(
            "begin-exploitation",
            Track.EXPLOITATION,
            IN_EXPLOITATION,
            Steps.beginning().orFrom(EXPLOITATION_ENDED),
            Officers.of(HANDLER)),
    END_EXPLOITATION(
            "end-exploitation",
            Track.EXPLOITATION,
            EXPLOITATION_ENDED,
            Steps.from(IN_EXPLOITATION),
            Officers.of(HANDLER)),
    RESETTLE("resettle", Track.RESETTLEMENT, RESETTLED, Steps.beginning(), Officers.of(RESETTLEMENT)),
    CLOSE("close", null, null, Steps.none(), Officers.of(RECEPTION, HANDLER).approvedBy(RECEPTION, HANDLER)),
    REOPEN("reopen", null, null, Steps.none(), Officers.of(RECEPTION, HANDLER));

    private final String verb;
    private final @Nullable Track track;
    private final @Nullable TrackState to;
    private final Steps steps;
    private final Officers officers;

    Transition(String verb, @Nullable Track track, @Nullable TrackState to, Steps steps, Officers officers) {
        if (to != null && to.track() != track) {
            throw new IllegalArgumentException(verb + " leads out of its track");
        }
        this.verb = verb;
        this.track = track;
        this.to = to;
        this.steps = steps;
        this.officers = officers;
    }

    /** The verb as written in the API: {@code accept}, {@code conclude-vetting}. */
    public String verb() {
        return verb;
    }

    /** The track the move belongs to; none for closing and reopening, which concern the whole case. */
    public @Nullable Track track() {
        return track;
    }

    /** The state the move leads its track to; none for closing and reopening. */
    public @Nullable TrackState to() {
        return to;
    }

    /** Whether the move is allowed from the given state of its track ({@code null}: the track has not begun). */
    public boolean allowedFrom(@Nullable TrackState state) {
        return state == null ? steps.begins : steps.from.contains(state);
    }

    /** Whether a second officer must approve it: accepting, concluding vetting, closing. */
    public boolean fourEyes() {
        return !officers.approvers.isEmpty();
    }

    /** The roles that may propose or make this move. */
    public Set<Role> proposers() {
        return Collections.unmodifiableSet(officers.proposers);
    }

    /** The roles that may approve it as the second officer; empty for a move that needs none. */
    public Set<Role> approvers() {
        return Collections.unmodifiableSet(officers.approvers);
    }

    public boolean mayBeProposedBy(Set<Role> roles) {
        return roles.stream().anyMatch(officers.proposers::contains);
    }

    public boolean mayBeApprovedBy(Set<Role> roles) {
        return roles.stream().anyMatch(officers.approvers::contains);
    }

    public static Optional<Transition> ofVerb(String verb) {
        return Arrays.stream(values()).filter(t -> t.verb.equals(verb)).findFirst();
    }

    /** From which states of its track a move is allowed, and whether it begins the track. */
    private record Steps(boolean begins, Set<TrackState> from) {

        static Steps from(TrackState first, TrackState... rest) {
            return new Steps(false, EnumSet.of(first, rest));
        }

        static Steps beginning() {
            return new Steps(true, EnumSet.noneOf(TrackState.class));
        }

        static Steps none() {
            return new Steps(false, EnumSet.noneOf(TrackState.class));
        }

        Steps orFrom(TrackState state) {
            Set<TrackState> more = EnumSet.noneOf(TrackState.class);
            more.addAll(from);
            more.add(state);
            return new Steps(begins, more);
        }
    }

    /** Who may propose a move, and who may approve it where a second officer must. */
    private record Officers(Set<Role> proposers, Set<Role> approvers) {

        static Officers of(Role first, Role... rest) {
            return new Officers(EnumSet.of(first, rest), EnumSet.noneOf(Role.class));
        }

        Officers approvedBy(Role first, Role... rest) {
            return new Officers(proposers, EnumSet.of(first, rest));
        }
    }
}
