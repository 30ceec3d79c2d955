package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.haven.audit.AuditLog;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cases module with the modules it depends on and nothing else (no registry, no study, no pages): its moves
 * publish their typed events, and the audit entry of each is written from it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CaseEventsTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        Path dir = Path.of(
                "target", "module-tests", "cases-" + ProcessHandle.current().pid());
        registry.add("haven.data-dir", () -> dir.toAbsolutePath().toString());
        registry.add("haven.decision.review-enabled", () -> "false");
    }

    @Autowired
    CaseManagement cases;

    @Autowired
    AuditLog audit;

    private DefectionCase approach(String name) {
        return cases.recordApproach(new RecordApproach(
                name,
                "Istanbul",
                "Turkey",
                Setting.MISSION_ABROAD,
                "the British Embassy",
                "a catalogue",
                null,
                null,
                "reception-1",
                null,
                null));
    }

    @Test
    void anApproachPublishesApproachRecordedWithTheDefectorAsTheNameMakesHim(AssertablePublishedEvents events) {
        DefectionCase opened = approach("Konstantin VOLKOV");
        assertThat(events)
                .contains(CaseEvent.ApproachRecorded.class)
                .matching(e -> e.caseId().equals(opened.id()))
                .matching(e -> e.defector().surname().equals("VOLKOV"));
        assertThat(audit.entriesFor(CaseStates.CASE, opened.id().value()))
                .extracting(e -> e.action())
                .contains("ApproachRecorded");
    }

    @Test
    void aMovePublishesItsOwnEventAndItsAuditEntryCarriesTheTrack(AssertablePublishedEvents events) {
        DefectionCase opened = approach("Grigori TOKAEV");
        cases.perform(opened.id(), Transition.ACCEPT, Officer.of("reception-1", Role.RECEPTION), "genuine", 0);
        cases.approve(opened.id(), Officer.of("reception-2", Role.RECEPTION), 1);
        cases.perform(opened.id(), Transition.BEGIN_VETTING, Officer.of("vetting-1", Role.VETTING), "check", 2);
        assertThat(events)
                .contains(CaseEvent.VettingBegun.class)
                .matching(e -> e.move().toState() == TrackState.UNDER_VETTING);
        assertThat(events)
                .contains(CaseEvent.DefectorAccepted.class)
                .matching(e -> "reception-2".equals(e.move().approvedBy()));
        var last = audit.entriesFor(CaseStates.CASE, opened.id().value()).getLast();
        assertThat(last.action()).isEqualTo("VettingBegun");
        assertThat(last.details()).contains("\"track\":\"VETTING\"").contains("\"toState\":\"UNDER_VETTING\"");
    }
}
