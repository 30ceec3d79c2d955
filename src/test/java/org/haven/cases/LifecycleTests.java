package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.haven.cases.Approaches.at;
import static org.haven.cases.Approaches.volkovAccepted;
import static org.haven.cases.Approaches.volkovAtIstanbul;
import static org.haven.cases.Approaches.volkovUnderVetting;
import static org.haven.cases.CaseOfficers.ANALYST_1;
import static org.haven.cases.CaseOfficers.HANDLER_1;
import static org.haven.cases.CaseOfficers.PROTECTION_1;
import static org.haven.cases.CaseOfficers.RECEPTION_1;
import static org.haven.cases.CaseOfficers.RECEPTION_2;
import static org.haven.cases.CaseOfficers.RESETTLEMENT_1;
import static org.haven.cases.CaseOfficers.VETTING_1;
import static org.haven.cases.CaseOfficers.VETTING_2;

import java.time.Duration;
import java.util.List;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;

/** The case's life on the aggregate alone: tracks side by side, moves bound to roles, four eyes, typed events. */
class LifecycleTests {

    @Test
    void walksTheWholeLifeWithTheTracksRunningSideBySide() {
        CaseChange proposed = volkovAtIstanbul().perform(Transition.ACCEPT, RECEPTION_1, "genuine offer", at(1));
        assertThat(proposed.event()).isInstanceOf(CaseEvent.TransitionProposed.class);
        assertThat(proposed.awaitsApproval()).isTrue();
        assertThat(proposed.kase().status()).isEqualTo(CaseStatus.APPROACHED);

        CaseChange accepted = proposed.kase().approve(RECEPTION_2, at(2));
        assertThat(accepted.event()).isInstanceOf(CaseEvent.DefectorAccepted.class);
        assertThat(accepted.event().actor()).isEqualTo("reception-2");
        DefectionCase c = accepted.kase();
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.lifecycle().approach().timeToDecision()).isEqualTo(Duration.ofHours(2));

        c = c.perform(Transition.TAKE_INTO_PROTECTIVE_CUSTODY, PROTECTION_1, "safe house", at(3))
                .kase();
        c = c.perform(Transition.BEGIN_VETTING, VETTING_1, "check his story", at(4))
                .kase();
        c = c.perform(Transition.BEGIN_EXPLOITATION, HANDLER_1, "debriefs begin", at(5))
                .kase();
        c = c.perform(Transition.CONCLUDE_VETTING, VETTING_1, "story checked", at(200))
                .kase();
        CaseChange concluded = c.approve(VETTING_2, at(201));
        assertThat(concluded.event()).isInstanceOf(CaseEvent.VettingConcluded.class);
        c = concluded.kase();

        // Concluding vetting ends vetting, not exploitation: the debriefs go on.
        assertThat(c.lifecycle().state(Track.VETTING)).isEqualTo(TrackState.VETTING_CONCLUDED);
        assertThat(c.lifecycle().state(Track.EXPLOITATION)).isEqualTo(TrackState.IN_EXPLOITATION);
        assertThat(c.lifecycle().state(Track.CUSTODY)).isEqualTo(TrackState.IN_PROTECTIVE_CUSTODY);
        assertThat(c.status()).isEqualTo(CaseStatus.VETTING_CONCLUDED);

        c = c.perform(Transition.RESETTLE, RESETTLEMENT_1, "new name, new town", at(400))
                .kase();
        c = c.perform(Transition.END_EXPLOITATION, HANDLER_1, "nothing more to tell", at(401))
                .kase();
        c = c.perform(Transition.CLOSE, HANDLER_1, "settled", at(500)).kase();
        CaseChange closed = c.approve(RECEPTION_1, at(501));
        assertThat(closed.event()).isInstanceOf(CaseEvent.CaseClosed.class);
        assertThat(closed.kase().status()).isEqualTo(CaseStatus.CLOSED);

        DefectionCase reopened = closed.kase()
                .perform(Transition.REOPEN, HANDLER_1, "new threat", at(900))
                .kase();
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.lifecycle().history())
                .extracting(PastTransition::transition)
                .containsExactly(
                        Transition.ACCEPT,
                        Transition.TAKE_INTO_PROTECTIVE_CUSTODY,
                        Transition.BEGIN_VETTING,
                        Transition.BEGIN_EXPLOITATION,
                        Transition.CONCLUDE_VETTING,
                        Transition.RESETTLE,
                        Transition.END_EXPLOITATION,
                        Transition.CLOSE,
                        Transition.REOPEN);
        PastTransition conclusion = reopened.lifecycle().history().get(4);
        assertThat(conclusion.officer()).isEqualTo("vetting-1");
        assertThat(conclusion.approvedBy()).isEqualTo("vetting-2");
        assertThat(conclusion.fromState()).isEqualTo(TrackState.UNDER_VETTING);
        assertThat(conclusion.toState()).isEqualTo(TrackState.VETTING_CONCLUDED);
        assertThat(conclusion.from()).isEqualTo(CaseStatus.IN_EXPLOITATION);
        assertThat(conclusion.to()).isEqualTo(CaseStatus.VETTING_CONCLUDED);
    }

    @Test
    void aManVettedFirstCanStillBeExploited() {
        DefectionCase vetted = volkovUnderVetting()
                .perform(Transition.CONCLUDE_VETTING, VETTING_1, "genuine", at(10))
                .kase()
                .approve(VETTING_2, at(11))
                .kase();
        DefectionCase debriefed = vetted.perform(Transition.BEGIN_EXPLOITATION, HANDLER_1, "now debrief him", at(12))
                .kase();
        assertThat(debriefed.lifecycle().state(Track.EXPLOITATION)).isEqualTo(TrackState.IN_EXPLOITATION);
        assertThat(debriefed.lifecycle().state(Track.VETTING)).isEqualTo(TrackState.VETTING_CONCLUDED);
    }

    @Test
    void aProtectionOfficerCannotConcludeVettingAndAReceptionOfficerCannotApproveIt() {
        MoveNotPermitted proposal = catchThrowableOfType(
                MoveNotPermitted.class,
                () -> volkovUnderVetting().perform(Transition.CONCLUDE_VETTING, PROTECTION_1, "he is fine", at(5)));
        assertThat(proposal.allowed()).containsExactly(Role.VETTING);
        assertThat(proposal).hasMessage("Only a vetting officer may propose 'conclude-vetting'.");

        DefectionCase proposed = volkovUnderVetting()
                .perform(Transition.CONCLUDE_VETTING, VETTING_1, "story checked", at(5))
                .kase();
        MoveNotPermitted approval =
                catchThrowableOfType(MoveNotPermitted.class, () -> proposed.approve(RECEPTION_1, at(6)));
        assertThat(approval.step()).isEqualTo(MoveNotPermitted.Step.APPROVE);
        assertThat(approval).hasMessage("Only a vetting officer may approve 'conclude-vetting' as the second officer.");
        assertThat(proposed.lifecycle().state(Track.VETTING)).isEqualTo(TrackState.UNDER_VETTING);
    }

    @Test
    void everyMoveNamesTheRolesThatMayProposeAndApproveIt() {
        assertThat(Transition.ACCEPT.proposers()).containsExactly(Role.RECEPTION);
        assertThat(Transition.ACCEPT.approvers()).containsExactly(Role.RECEPTION);
        assertThat(Transition.TAKE_INTO_PROTECTIVE_CUSTODY.proposers()).containsExactly(Role.PROTECTION);
        assertThat(Transition.EVACUATE.proposers()).containsExactly(Role.PROTECTION);
        assertThat(Transition.RESETTLE.proposers()).containsExactly(Role.RESETTLEMENT);
        assertThat(Transition.CONCLUDE_VETTING.approvers()).containsExactly(Role.VETTING);
        for (Transition t : Transition.values()) {
            assertThat(t.proposers()).as(t.verb()).isNotEmpty().doesNotContain(Role.ADMIN, Role.AUDITOR);
            assertThat(t.fourEyes()).as(t.verb()).isEqualTo(!t.approvers().isEmpty());
        }
    }

    @Test
    void anAnalystMakesNoMove() {
        assertThat(catchThrowableOfType(
                        MoveNotPermitted.class,
                        () -> volkovAtIstanbul().perform(Transition.DECLINE, ANALYST_1, "not for us", at(1))))
                .hasMessage("Only a reception officer may make 'decline'.");
    }

    @Test
    void resettlementNeedsAConcludedVetting() {
        TransitionRefused refused = catchThrowableOfType(
                TransitionRefused.class,
                () -> volkovUnderVetting().perform(Transition.RESETTLE, RESETTLEMENT_1, "new town", at(5)));
        assertThat(refused).hasMessage("Resettlement needs a concluded vetting; vetting is at 'under vetting'.");
        assertThat(refused.allowed()).doesNotContain(Transition.RESETTLE).contains(Transition.CONCLUDE_VETTING);
    }

    @Test
    void noTrackOtherThanReceptionBeginsBeforeHeIsAccepted() {
        TransitionRefused refused = catchThrowableOfType(
                TransitionRefused.class,
                () -> volkovAtIstanbul().perform(Transition.BEGIN_VETTING, VETTING_1, "early", at(1)));
        assertThat(refused).hasMessageContaining("He has not been accepted");
        assertThat(refused.status()).isEqualTo(CaseStatus.APPROACHED);
        assertThat(refused.allowed()).containsExactly(Transition.ACCEPT, Transition.DECLINE, Transition.MARK_LOST);
    }

    @Test
    void aMoveFromTheWrongStateOfItsTrackIsRefusedSayingWhereTheTrackStands() {
        assertThat(catchThrowableOfType(
                        TransitionRefused.class,
                        () -> volkovAccepted().perform(Transition.EVACUATE, PROTECTION_1, "fly him out", at(3))))
                .hasMessage("The custody and protection track has not begun: 'evacuate' cannot be made yet.");
        assertThat(catchThrowableOfType(
                        TransitionRefused.class,
                        () -> volkovUnderVetting().perform(Transition.BEGIN_VETTING, VETTING_1, "again", at(4))))
                .hasMessage("The vetting track stands at 'under vetting': 'begin-vetting' cannot be made from there.");
    }

    @Test
    void aCaseIsClosedOnlyAtAnEndAndTakesNoMoveUntilReopened() {
        assertThat(catchThrowableOfType(
                        TransitionRefused.class,
                        () -> volkovUnderVetting().perform(Transition.CLOSE, HANDLER_1, "enough", at(4))))
                .hasMessageContaining("once the approach was declined or lost, or he has been resettled");
        DefectionCase declined = volkovAtIstanbul()
                .perform(Transition.DECLINE, RECEPTION_1, "nothing to offer", at(1))
                .kase();
        DefectionCase closed = declined.perform(Transition.CLOSE, RECEPTION_1, "declined", at(2))
                .kase()
                .approve(HANDLER_1, at(3))
                .kase();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.allowedMoves()).containsExactly(Transition.REOPEN);
    }

    @Test
    void theOfficerWhoProposedCannotApprove() {
        DefectionCase proposed = volkovAtIstanbul()
                .perform(Transition.ACCEPT, RECEPTION_1, "genuine", at(1))
                .kase();
        TransitionRefused refused =
                catchThrowableOfType(TransitionRefused.class, () -> proposed.approve(RECEPTION_1, at(2)));
        assertThat(refused).hasMessageContaining("reception-1 proposed 'accept' and cannot also approve it");
        assertThat(proposed.status()).isEqualTo(CaseStatus.APPROACHED);
    }

    @Test
    void refusesApprovalWhenNothingAwaitsIt() {
        assertThat(catchThrowableOfType(
                        TransitionRefused.class, () -> volkovAtIstanbul().approve(RECEPTION_2, at(1))))
                .hasMessage("Nothing on this case awaits approval.");
    }

    @Test
    void aDecisionMadeWhileAProposalWaitsLetsTheProposalLapse() {
        DefectionCase proposed = volkovAtIstanbul()
                .perform(Transition.ACCEPT, RECEPTION_1, "genuine", at(1))
                .kase();
        DefectionCase lost = proposed.perform(Transition.MARK_LOST, RECEPTION_2, "recalled to Moscow", at(2))
                .kase();
        assertThat(lost.status()).isEqualTo(CaseStatus.LOST);
        assertThat(lost.lifecycle().pending()).isNull();
        assertThat(lost.lifecycle().approach().decision()).isEqualTo(Transition.MARK_LOST);
    }

    @Test
    void escalatesAndFlagsOverdueWithTheFallback() {
        CaseChange escalated = volkovAtIstanbul().escalate(1, false, "system:decision-clock", at(12));
        assertThat(escalated.event()).isInstanceOf(CaseEvent.DecisionEscalated.class);
        assertThat(escalated.event().action()).isEqualTo("DecisionEscalated");
        CaseChange overdue = escalated.kase().escalate(3, true, "system:decision-clock", at(25));
        assertThat(overdue.event()).isInstanceOf(CaseEvent.DecisionOverdue.class);
        assertThat(overdue.event().details())
                .containsEntry("proposedFallback", "protective custody pending decision")
                .containsEntry("version", 2L);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> overdue.kase().escalate(2, false, "system:decision-clock", at(26)));
    }

    @Test
    void aMoveEventCarriesTheTrackAndTheStatesForTheAuditRecord() {
        CaseChange begun = volkovAccepted().perform(Transition.BEGIN_VETTING, VETTING_1, "check his story", at(3));
        assertThat(begun.event()).isInstanceOf(CaseEvent.VettingBegun.class);
        assertThat(begun.event().details())
                .containsEntry("transition", "begin-vetting")
                .containsEntry("track", "VETTING")
                .containsEntry("fromState", "NOT_BEGUN")
                .containsEntry("toState", "UNDER_VETTING")
                .containsEntry("from", "ACCEPTED")
                .containsEntry("to", "UNDER_VETTING")
                .containsEntry("officer", "vetting-1")
                .containsEntry("version", 3L);
        for (Transition t : Transition.values()) {
            assertThat(CaseEvent.actionOf(t)).as(t.verb()).isNotBlank();
        }
    }

    @Test
    void aLiveCaseAlwaysHasItsApproachAndItsReceptionTrack() {
        Approach approach = volkovAtIstanbul().approach();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Lifecycle(approach, java.util.Map.of(), false, null, List.of()))
                .withMessageContaining("reception track");
        assertThat(catchThrowableOfType(
                        NullPointerException.class,
                        () -> new Lifecycle(
                                null,
                                java.util.Map.of(Track.RECEPTION, TrackState.APPROACHED),
                                false,
                                null,
                                List.of())))
                .hasMessage("approach");
    }

    @Test
    void everyMoveNeedsAReasonAndEveryOfficerAName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> volkovAtIstanbul().perform(Transition.DECLINE, RECEPTION_1, " ", at(1)))
                .withMessage("reason is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Officer.of("", Role.RECEPTION))
                .withMessage("officer is required");
    }

    @Test
    void newIdsSayNothing() {
        CaseId a = CaseId.random();
        CaseId b = CaseId.random();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.value()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContainPattern("[ilou01]");
    }
}
