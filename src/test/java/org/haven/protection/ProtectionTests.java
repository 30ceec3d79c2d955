package org.haven.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The threat board and the idle-time watch on a live case: a threat reported from the page (a reassessment task on
 * its date), flagged until a measure is taken, a measure against no threat refused; a handler's contact, then days
 * with none: the watch raises one task for him; the journal and the board say so.
 */
class ProtectionTests extends RunningHaven {

    private static final String GUARD = "protection-guard";
    private static final String HANDLER = "protection-handler";

    @Autowired
    WelfareWatch watch;

    private String openCase(String name) {
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", name);
        approach.put("place", "Trieste");
        approach.put("country", "Italy");
        approach.put("setting", "FIELD");
        approach.put("recipient", "the British Military Government");
        return body(postAs(DUTY_OFFICER, "/api/approaches", approach)).get("id").asString();
    }

    private String version(String id) {
        return Long.toString(
                body(get("/api/cases/" + id + "/protection")).get("version").asLong());
    }

    @Test
    void aResettlementOfficerWritesHisNewIdentityOnThePageAndReplacesItOnlyOnceRevealed() {
        String id = openCase("Gleb COVEROV");
        String resettler = "protection-resettler";
        if (!accounts.exists(resettler)) {
            accounts.create(
                    resettler,
                    PASSWORD,
                    java.util.EnumSet.of(org.haven.security.Role.RESETTLEMENT),
                    org.haven.security.Clearance.parse("TOP_SECRET&RECEPTION&RESETTLEMENT"),
                    false);
        }
        HttpResponse<String> board = getAs(resettler, "/cases/" + id + "/protection");
        assertThat(board.body()).contains("Write his new identity and where he lives");
        HttpResponse<String> written = form(
                resettler,
                "/cases/" + id + "/protection/protected/cover-identity",
                "value",
                "Mr George Smith of Leeds");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(written.body())
                .contains("His cover identity is written, encrypted")
                .doesNotContain("George Smith");
        HttpResponse<String> again = form(
                resettler, "/cases/" + id + "/protection/protected/cover-identity", "value", "Mr Henry Brown of York");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Have it revealed to you first").doesNotContain("George Smith");
        account("protection-only", Role.PROTECTION);
        assertThat(getAs("protection-only", "/cases/" + id + "/protection").body())
                .as("a protection officer is offered no such form")
                .doesNotContain("Write his new identity");
    }

    @Test
    void aThreatIsReportedFlaggedUntilMeasuredAndAnIdleStretchRaisesATask() {
        account(DUTY_OFFICER);
        account(GUARD, Role.PROTECTION);
        account(HANDLER, Role.HANDLER);
        account("protection-analyst", Role.ANALYST);
        String id = openCase("Boris SHIELDOV");
        String base = "/cases/" + id + "/protection";
        String reassess =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7).toString();

        HttpResponse<String> reported = form(
                GUARD,
                base + "/threats",
                "version",
                version(id),
                "type",
                "EXTRADITION_REQUEST",
                "status",
                "REPORTED",
                "target",
                "HIM",
                "reassess",
                reassess,
                "note",
                "a charge of theft from the embassy");
        assertThat(reported.body()).contains("Threat recorded").contains("No measure and no decision: T1");
        JsonNode tasks = body(get("/api/cases/" + id + "/tasks"));
        assertThat(tasks.toString()).contains("Reassess threat T1 (extradition request)");

        HttpResponse<String> none =
                form(GUARD, base + "/measures", "version", version(id), "threat", "T9", "type", "LEGAL_DEFENCE");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("no threat above it has the ref");
        HttpResponse<String> measured = form(
                GUARD,
                base + "/measures",
                "version",
                version(id),
                "threat",
                "T1",
                "type",
                "LEGAL_DEFENCE",
                "owner",
                GUARD);
        assertThat(measured.body()).contains("Measure recorded").doesNotContain("No measure and no decision");
        assertThat(form("protection-analyst", base + "/threats", "version", version(id), "type", "DEBT")
                        .statusCode())
                .isEqualTo(403);

        // A contact, then five days with none: one task for his handler, however often the watch looks.
        form(
                HANDLER,
                base + "/contacts",
                "version",
                version(id),
                "note",
                "worried for his mother",
                "work",
                "true",
                "promise",
                "news of his mother within the week",
                "trust",
                "WARY");
        HttpResponse<String> noSuchPromise =
                form(HANDLER, base + "/contacts", "version", version(id), "note", "again", "kept", "P9");
        assertThat(noSuchPromise.statusCode()).isEqualTo(400);
        assertThat(noSuchPromise.body()).contains("no promise made him and not yet kept is &#39;P9&#39;");
        clock.advance(Duration.ofDays(5));
        List<org.haven.cases.CaseTask> set = watch.review().stream()
                .filter(t -> t.caseId().value().equals(id))
                .toList();
        assertThat(set).hasSize(1);
        assertThat(set.getFirst().owner()).isEqualTo(HANDLER);
        assertThat(set.getFirst().title()).startsWith(WelfareWatch.TITLE + "5 days");
        assertThat(watch.review().stream().filter(t -> t.caseId().value().equals(id)))
                .isEmpty();
        String page = getAs(GUARD, base).body();
        assertThat(page)
                .contains("Idle: 5 days with no contact and no work")
                .contains("worried for his mother")
                .contains("Promises not kept: P1")
                .contains("His trust, as his handler last judged it: wary");
        // His new life: without a livelihood he is flagged; a plan and a milestone (a task on its day).
        assertThat(page).contains("No livelihood settled yet");
        account("protection-resettler", Role.RESETTLEMENT);
        HttpResponse<String> stale = postAs(
                "protection-resettler",
                "/api/cases/" + id + "/resettlement",
                Map.of(
                        "livelihood",
                        "WRITING",
                        "note",
                        "his memoirs",
                        "contact",
                        "protection-resettler",
                        "version",
                        3));
        assertThat(stale.statusCode()).isEqualTo(400);
        JsonNode plan = body(postAs(
                "protection-resettler",
                "/api/cases/" + id + "/resettlement",
                Map.of(
                        "livelihood",
                        "WRITING",
                        "note",
                        "his memoirs",
                        "contact",
                        "protection-resettler",
                        "version",
                        -1)));
        assertThat(plan.get("version").asLong()).isZero();
        String by = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(30)
                .toString();
        JsonNode withMilestone = body(postAs(
                "protection-resettler",
                "/api/cases/" + id + "/resettlement/milestones",
                Map.of("what", "a flat in a quiet town", "due", by, "version", 0)));
        assertThat(withMilestone.get("milestones").size()).isOne();
        assertThat(body(get("/api/cases/" + id + "/tasks")).toString())
                .contains("Resettlement: a flat in a quiet town");
        assertThat(getAs(GUARD, base).body())
                .doesNotContain("No livelihood settled yet")
                .contains("his memoirs");
        // His family's whereabouts, written from the board as a protected detail.
        String cleared = "protection-guard-cleared";
        if (!accounts.exists(cleared)) {
            accounts.create(
                    cleared,
                    PASSWORD,
                    java.util.EnumSet.of(Role.PROTECTION),
                    org.haven.security.Clearance.parse("TOP_SECRET&RECEPTION&PROTECTION"),
                    false);
        }
        HttpResponse<String> refused = form(GUARD, base + "/whereabouts", "value", "his mother, in Kiev");
        assertThat(refused.statusCode()).isEqualTo(400); // his clearance lacks the PROTECTION compartment
        HttpResponse<String> family = form(cleared, base + "/whereabouts", "value", "his mother, in Kiev");
        assertThat(family.statusCode()).as(family.body()).isEqualTo(200);
        assertThat(family.body()).contains("Where they are (a protected detail): his mother, in Kiev");
        // The archive's precedents: the hostile service's past reactions, with their passages.
        assertThat(page).contains("criminal charges with a request for extradition");
    }
}
