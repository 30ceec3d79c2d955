package org.haven.cases;

import java.time.Duration;
import java.time.Instant;

/** Cases as they stand in the situations the tests need, built on the aggregate alone. */
final class Approaches {

    /** When VOLKOV's approach is taken to have been made, in these tests. */
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private Approaches() {}

    /** An officer of the Istanbul embassy's kind of approach: a catalogue offered at a mission abroad, undecided. */
    static DefectionCase volkovAtIstanbul() {
        Approach approach = new Approach(
                "Konstantin VOLKOV",
                "Istanbul",
                "Turkey",
                Setting.MISSION_ABROAD,
                "the British",
                "a catalogue",
                "recall",
                null,
                "reception-1",
                T0,
                T0.plus(Duration.ofHours(24)),
                0,
                false,
                null,
                null);
        return DefectionCase.approached(
                new CaseId("volkov-1"), new Defector(new DefectorId("volkov-1"), "Konstantin", "VOLKOV"), approach);
    }

    /** The same approach, accepted by two reception officers an hour and two hours after it. */
    static DefectionCase volkovAccepted() {
        DefectionCase proposed = volkovAtIstanbul()
                .perform(Transition.ACCEPT, CaseOfficers.RECEPTION_1, "genuine offer", at(1))
                .kase();
        return proposed.approve(CaseOfficers.RECEPTION_2, at(2)).kase();
    }

    /** Accepted, and under vetting. */
    static DefectionCase volkovUnderVetting() {
        return volkovAccepted()
                .perform(Transition.BEGIN_VETTING, CaseOfficers.VETTING_1, "check his story", at(3))
                .kase();
    }

    static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
