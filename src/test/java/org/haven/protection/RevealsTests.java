package org.haven.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A cover identity shown only through a reveal: refused with one custodian, refused when approved by the officer who
 * asked, granted with two, read while it holds, gone when its time ends; the other custodians told and the protection
 * officers given a review; a broken glass shown at once to every custodian, with its review owed; every step audited.
 */
class RevealsTests extends RunningHaven {

    private static final String ASKER = "reveal-asker";
    private static final String C1 = "reveal-custodian-1";
    private static final String C2 = "reveal-custodian-2";
    private static final String C3 = "reveal-custodian-3";
    private static final String GUARD = "reveal-protection";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.haven.protection.Reveals reveals;

    private void officer(String name, Role... roles) {
        if (!accounts.exists(name)) {
            accounts.create(
                    name,
                    PASSWORD,
                    EnumSet.of(roles[0], roles),
                    Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"),
                    false);
        }
    }

    private String openCase() {
        Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", "Ivan HIDDENOV");
        approach.put("place", "Ottawa");
        approach.put("country", "Canada");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the RCMP");
        return body(postAs(ASKER, "/api/approaches", approach)).get("id").asString();
    }

    private long version(String caseId, String reveal) {
        for (JsonNode r : body(getAs(C1, "/api/cases/" + caseId + "/reveals"))) {
            if (r.get("id").asString().equals(reveal)) {
                return r.get("version").asLong();
            }
        }
        throw new AssertionError("no reveal " + reveal);
    }

    private HttpResponse<String> step(String user, String caseId, String reveal, String what) {
        return postAs(
                user,
                "/api/cases/" + caseId + "/reveals/" + reveal + "/" + what,
                Map.of("version", version(caseId, reveal)));
    }

    private HttpResponse<String> read(String caseId) {
        return getAs(ASKER, "/api/cases/" + caseId + "/protected/cover-identity");
    }

    @Test
    void aRevealNeedsTwoCustodiansHoldsForItsTimeAndEveryStepIsAudited() {
        officer(ASKER, Role.RECEPTION, Role.RESETTLEMENT);
        officer(C1, Role.RESETTLEMENT);
        officer(C2, Role.RESETTLEMENT);
        officer(C3, Role.RESETTLEMENT);
        officer(GUARD, Role.PROTECTION);
        String caseId = openCase();
        HttpResponse<String> written =
                send(HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/protected/cover-identity"))
                        .header("Authorization", "Bearer " + token(ASKER))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"Mr John SMITH of Kingston\"}"))
                        .build());
        assertThat(written.statusCode()).as(written.body()).isEqualTo(204);
        // Not even the officer who wrote it reads it without a reveal.
        HttpResponse<String> unrevealed = read(caseId);
        assertThat(unrevealed.statusCode()).isEqualTo(403);
        assertThat(body(unrevealed).get("detail").asString())
                .contains("only through a reveal approved by two custodians");

        String reveal = body(postAs(
                        ASKER,
                        "/api/cases/" + caseId + "/reveals",
                        Map.of(
                                "field",
                                "cover-identity",
                                "purpose",
                                "to arrange his pension",
                                "until",
                                clock.instant().plus(Duration.ofHours(2)).toString())))
                .get("id")
                .asString();
        assertThat(step(ASKER, caseId, reveal, "approval").statusCode()).isEqualTo(400);
        assertThat(step(C1, caseId, reveal, "approval").statusCode()).isEqualTo(200);
        HttpResponse<String> again = step(C1, caseId, reveal, "approval");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(body(again).get("detail").asString()).contains("a second custodian");
        // One custodian is not enough.
        assertThat(read(caseId).statusCode()).isEqualTo(403);
        JsonNode granted = body(step(C2, caseId, reveal, "approval"));
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
        HttpResponse<String> shown = read(caseId);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(body(shown).get("value").asString()).isEqualTo("Mr John SMITH of Kingston");
        // The custodian who did not approve is told; the protection officer has a review.
        JsonNode tasks = body(get("/api/cases/" + caseId + "/tasks"));
        assertThat(tasks.toString()).contains("Told of a reveal").contains(C3).contains("Review the reveal");

        // Its time ends: the reveal holds no more, its end recorded.
        clock.advance(Duration.ofHours(3));
        assertThat(read(caseId).statusCode()).isEqualTo(403);
        assertThat(body(getAs(C1, "/api/cases/" + caseId + "/reveals"))
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("EXPIRED");

        // An emergency: the glass broken by a protection officer, every custodian told, a review owed.
        HttpResponse<String> glass = postAs(
                GUARD,
                "/api/cases/" + caseId + "/reveals/break-glass",
                Map.of("field", "current-location", "purpose", "a kidnapping feared tonight"));
        assertThat(glass.statusCode()).as(glass.body()).isEqualTo(201);
        String broken = body(glass).get("id").asString();
        assertThat(body(get("/api/cases/" + caseId + "/tasks")).toString())
                .contains("Break glass: " + GUARD)
                .contains("Write the after-action review");
        HttpResponse<String> review = postAs(
                GUARD,
                "/api/cases/" + caseId + "/reveals/" + broken + "/review",
                Map.of("version", version(caseId, broken), "text", "he was moved at once; no harm came"));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);

        List<String> steps = jdbc.sql("select action from audit_entry where subject_type = 'reveal' order by seq")
                .query(String.class)
                .list();
        assertThat(steps)
                .containsSubsequence(
                        "RevealRequested",
                        "RevealApproved",
                        "RevealGranted",
                        "RevealExpired",
                        "RevealBrokenGlass",
                        "RevealReviewed");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RevealReadRefused'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }
}
