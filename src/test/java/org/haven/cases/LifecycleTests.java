package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case's life on the aggregate alone: guarded moves, four-eyes approvals, past-tense events. */
class LifecycleTests {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    static DefectionCase approach() {
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
                new CaseId("volkov-1"),
                new Defector(new DefectorId("volkov-1"), "Konstantin", "VOLKOV", Facts.none()),
                approach);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void walksTheWholeLifeOfACaseWithTwoOfficersWhereTheRulesAskForThem() {
        DefectionCase c = approach();
        CaseChange proposed = c.perform(Transition.ACCEPT, "officer-a", "genuine offer, recalled to Moscow", at(1));
        assertThat(proposed.event()).isEqualTo("TransitionProposed");
        assertThat(proposed.kase().status()).isEqualTo(CaseStatus.APPROACHED);
        assertThat(proposed.kase().version()).isEqualTo(1);

        CaseChange accepted = proposed.kase().approve("officer-b", at(2));
        assertThat(accepted.event()).isEqualTo("DefectorAccepted");
        c = accepted.kase();
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.lifecycle().approach().timeToDecision()).isEqualTo(Duration.ofHours(2));

        c = c.perform(Transition.TAKE_INTO_PROTECTIVE_CUSTODY, "officer-a", "safe house", at(3))
                .kase();
        c = c.perform(Transition.EVACUATE, "officer-a", "flown out", at(5)).kase();
        c = c.perform(Transition.BEGIN_VETTING, "vetting-1", "check his story", at(6))
                .kase();
        c = c.perform(Transition.BEGIN_EXPLOITATION, "handler-1", "debriefs begin", at(30))
                .kase();
        c = c.perform(Transition.CONCLUDE_VETTING, "vetting-1", "story checked", at(200))
                .kase();
        assertThat(c.status()).isEqualTo(CaseStatus.IN_EXPLOITATION);
        c = c.approve("vetting-2", at(201)).kase();
        assertThat(c.status()).isEqualTo(CaseStatus.VETTING_CONCLUDED);
        c = c.perform(Transition.RESETTLE, "resettlement-1", "new name, new town", at(400))
                .kase();
        c = c.perform(Transition.CLOSE, "handler-1", "settled", at(500)).kase();
        CaseChange closed = c.approve("handler-2", at(501));
        assertThat(closed.event()).isEqualTo("CaseClosed");
        c = closed.kase()
                .perform(Transition.REOPEN, "handler-1", "new threat", at(900))
                .kase();

        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(c.lifecycle().history())
                .extracting(PastTransition::transition)
                .containsExactly(
                        Transition.ACCEPT,
                        Transition.TAKE_INTO_PROTECTIVE_CUSTODY,
                        Transition.EVACUATE,
                        Transition.BEGIN_VETTING,
                        Transition.BEGIN_EXPLOITATION,
                        Transition.CONCLUDE_VETTING,
                        Transition.RESETTLE,
                        Transition.CLOSE,
                        Transition.REOPEN);
        PastTransition acceptance = c.lifecycle().history().getFirst();
        assertThat(acceptance.officer()).isEqualTo("officer-a");
        assertThat(acceptance.approvedBy()).isEqualTo("officer-b");
        assertThat(acceptance.reason()).isEqualTo("genuine offer, recalled to Moscow");
    }

    @Test
    void refusesAMoveNotAllowedFromTheCurrentStatusListingTheAllowedOnes() {
        TransitionRefused refused = catchThrowableOfType(
                TransitionRefused.class, () -> approach().perform(Transition.RESETTLE, "officer-a", "why not", at(1)));
        assertThat(refused.status()).isEqualTo(CaseStatus.APPROACHED);
        assertThat(refused.allowed()).containsExactly(Transition.ACCEPT, Transition.DECLINE, Transition.MARK_LOST);
        assertThat(refused).hasMessageContaining("approached").hasMessageContaining("resettle");
    }

    @Test
    void theOfficerWhoProposedCannotApprove() {
        DefectionCase proposed = approach()
                .perform(Transition.ACCEPT, "officer-a", "genuine", at(1))
                .kase();
        TransitionRefused refused =
                catchThrowableOfType(TransitionRefused.class, () -> proposed.approve("officer-a", at(2)));
        assertThat(refused).hasMessageContaining("officer-a proposed 'accept' and cannot also approve it");
        assertThat(proposed.status()).isEqualTo(CaseStatus.APPROACHED);
    }

    @Test
    void refusesApprovalWhenNothingAwaitsIt() {
        assertThat(catchThrowableOfType(
                        TransitionRefused.class, () -> approach().approve("officer-b", at(1))))
                .hasMessage("Nothing on this case awaits approval.");
    }

    @Test
    void aDecisionMadeWhileAProposalWaitsLetsTheProposalLapse() {
        DefectionCase proposed = approach()
                .perform(Transition.ACCEPT, "officer-a", "genuine", at(1))
                .kase();
        DefectionCase lost = proposed.perform(Transition.MARK_LOST, "officer-b", "recalled to Moscow", at(2))
                .kase();
        assertThat(lost.status()).isEqualTo(CaseStatus.LOST);
        assertThat(lost.lifecycle().pending()).isNull();
        assertThat(lost.lifecycle().approach().decision()).isEqualTo(Transition.MARK_LOST);
    }

    @Test
    void escalatesAndFlagsOverdueWithTheFallback() {
        CaseChange escalated = approach().escalate(1, false, at(12));
        assertThat(escalated.event()).isEqualTo("DecisionEscalated");
        CaseChange overdue = escalated.kase().escalate(3, true, at(25));
        assertThat(overdue.event()).isEqualTo("DecisionOverdue");
        assertThat(overdue.details()).containsEntry("proposedFallback", "protective custody pending decision");
        assertThatIllegalArgumentException().isThrownBy(() -> overdue.kase().escalate(2, false, at(26)));
    }

    @Test
    void aHistoricalCaseHasNoLifecycle() {
        DefectionCase historical = new DefectionCase(
                new CaseId("pik"),
                0,
                List.of(new Defector(new DefectorId("pik"), "Eugene", "PIK", Facts.none())),
                Facts.none());
        assertThat(catchThrowableOfType(
                        TransitionRefused.class, () -> historical.perform(Transition.ACCEPT, "officer-a", "x", at(1))))
                .hasMessageContaining("historical record");
    }

    @Test
    void everyMoveNeedsAnOfficerAndAReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> approach().perform(Transition.DECLINE, "officer-a", " ", at(1)))
                .withMessage("reason is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> approach().perform(Transition.DECLINE, "", "no", at(1)))
                .withMessage("officer is required");
    }
}
