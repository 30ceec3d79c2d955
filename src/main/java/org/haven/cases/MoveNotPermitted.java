package org.haven.cases;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.refusal.Refusal;
import org.haven.security.Role;

/** A move his roles do not allow him to propose, or to approve as the second officer. */
public class MoveNotPermitted extends RuntimeException implements Refusal {

    /** What he tried to do with the move. */
    public enum Step {
        PROPOSE,
        APPROVE
    }

    private final CaseId caseId;
    private final Transition transition;
    private final Step step;
    private final Set<Role> allowed;

    public MoveNotPermitted(CaseId caseId, Transition transition, Step step, Set<Role> allowed) {
        super(message(transition, step, allowed));
        this.caseId = caseId;
        this.transition = transition;
        this.step = step;
        this.allowed = Set.copyOf(allowed);
    }

    private static String message(Transition transition, Step step, Set<Role> allowed) {
        String who = allowed.stream().sorted().map(Role::title).collect(Collectors.joining(" or "));
        return step == Step.PROPOSE
                ? "Only a " + who + " may " + (transition.fourEyes() ? "propose '" : "make '") + transition.verb()
                        + "'."
                : "Only a " + who + " may approve '" + transition.verb() + "' as the second officer.";
    }

    public CaseId caseId() {
        return caseId;
    }

    public Transition transition() {
        return transition;
    }

    public Step step() {
        return step;
    }

    /** The roles that may take this step. */
    public Set<Role> allowed() {
        return allowed;
    }

    /** The step in words: {@code propose}. */
    public String stepWords() {
        return step.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int httpStatus() {
        return 403;
    }

    @Override
    public String title() {
        return "Not a move for your roles";
    }

    @Override
    public String type() {
        return "urn:haven:problem:move-not-permitted";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "caseId", caseId.value(),
                "transition", transition.verb(),
                "step", stepWords(),
                "roles", allowed.stream().sorted().map(Enum::name).toList());
    }
}
