package org.haven.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A vetting, end to end: the file opens when vetting begins, with the standard hypotheses; the evidence rows are the
 * record's statements and an officer's argument; vetting officers alone rate, each rating kept; the conclusion is
 * refused without a judgement and without a second vetting officer, concludes the case's vetting when approved, and
 * reopens — with a task for its officer — when a lead refutes its linchpin.
 */
class VettingTests extends RunningHaven {

    private static final String V1 = "vetting-officer-1";
    private static final String V2 = "vetting-officer-2";
    private static final String ANALYST = "vetting-analyst";

    @Autowired
    JdbcClient jdbc;

    private long caseVersion(String id) {
        return body(get("/api/cases/" + id)).get("version").asLong();
    }

    private long fileVersion(String id) {
        return body(getAs(V1, "/api/cases/" + id + "/vetting")).get("version").asLong();
    }

    private String underVetting(String name) {
        account("vetting-reception-1", Role.RECEPTION);
        account("vetting-reception-2", Role.RECEPTION);
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", name);
        approach.put("place", "Berlin");
        approach.put("country", "Germany");
        approach.put("setting", "FIELD");
        approach.put("recipient", "the British Control Commission");
        String id = body(postAs("vetting-reception-1", "/api/approaches", approach))
                .get("id")
                .asString();
        assertThat(postAs(
                                "vetting-reception-1",
                                "/api/cases/" + id + "/moves/accept",
                                Map.of("reason", "he is received", "version", caseVersion(id)))
                        .statusCode())
                .isEqualTo(202);
        assertThat(postAs("vetting-reception-2", "/api/cases/" + id + "/approval", Map.of("version", caseVersion(id)))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> begun = postAs(
                V1,
                "/api/cases/" + id + "/moves/begin-vetting",
                Map.of("reason", "his bona fides", "version", caseVersion(id)));
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(200);
        return id;
    }

    private void record(String id, Map<String, Object> entry) {
        HttpResponse<String> added = postAs(
                V1, "/api/cases/" + id + "/case-file/record", Map.of("entry", entry, "version", fileVersion(id)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private HttpResponse<String> rate(String user, String id, String... cells) {
        List<Map<String, String>> ratings = new ArrayList<>();
        for (int i = 0; i < cells.length; i += 3) {
            ratings.add(Map.of("item", cells[i], "hypothesis", cells[i + 1], "rating", cells[i + 2]));
        }
        return postAs(
                user, "/api/cases/" + id + "/vetting/ratings", Map.of("ratings", ratings, "version", fileVersion(id)));
    }

    @Test
    void aVettingIsWeighedConcludedWithASecondOfficerAndReopenedWhenItsLinchpinIsRefuted() {
        account(DUTY_OFFICER);
        account(V1, Role.VETTING);
        account(V2, Role.VETTING);
        account(ANALYST, Role.ANALYST);
        String id = underVetting("Pavel VETTOV");

        // Opened when vetting began, the standard hypotheses proposed.
        JsonNode opened = body(getAs(V1, "/api/cases/" + id + "/vetting"));
        assertThat(opened.get("bonaFides").get("hypotheses").size()).isEqualTo(6);
        assertThat(opened.get("bonaFides").get("hypotheses").get(0).get("text").asString())
                .isEqualTo("genuine");

        HttpResponse<String> source = postAs(
                V1,
                "/api/cases/" + id + "/sources",
                Map.of(
                        "source",
                                Map.of(
                                        "ref",
                                        "liaison",
                                        "kind",
                                        "LIAISON",
                                        "name",
                                        "a liaison service",
                                        "reliability",
                                        "B"),
                        "version", fileVersion(id)));
        assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
        record(
                id,
                Map.of(
                        "at",
                        "2026-01-01",
                        "kind",
                        "REPORT",
                        "source",
                        "liaison",
                        "statements",
                        List.of(Map.of(
                                "id",
                                "r1",
                                "subject",
                                "Pavel VETTOV",
                                "property",
                                "service",
                                "value",
                                "MGB",
                                "credibility",
                                2))));
        assertThat(postAs(
                                V1,
                                "/api/cases/" + id + "/vetting/items",
                                Map.of("statement", "r1", "version", fileVersion(id)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs(
                                V1,
                                "/api/cases/" + id + "/vetting/items",
                                Map.of("text", "he asked for nothing", "kind", "ARGUMENT", "version", fileVersion(id)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs(
                                V1,
                                "/api/cases/" + id + "/vetting/premise",
                                Map.of("hypothesis", "H3", "version", fileVersion(id)))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = postAs(
                V1, "/api/cases/" + id + "/vetting/premise", Map.of("hypothesis", "H1", "version", fileVersion(id)));
        assertThat(again.statusCode()).isEqualTo(400);

        // Vetting officers alone rate; a cell of another case's file is no cell of this one.
        assertThat(rate(ANALYST, id, "E1", "H1", "C").statusCode()).isEqualTo(403);
        HttpResponse<String> elsewhere = rate(V1, id, "E9", "H1", "C");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(body(elsewhere).get("detail").asString()).contains("no item 'E9'");
        HttpResponse<String> rated = rate(
                V1, id, "E1", "H1", "C", "E1", "H2", "I", "E1", "H3", "II", "E1", "H4", "II", "E1", "H5", "II", "E1",
                "H6", "II", "E2", "H1", "I", "E2", "H2", "C", "E2", "H3", "C", "E2", "H4", "C", "E2", "H5", "C", "E2",
                "H6", "C");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(body(rated).get("added").asInt()).isEqualTo(12);

        // A second officer rates one cell otherwise, through the page's form: both kept, the cell marked.
        HttpClient browser = session(V2);
        String form = "_csrf=" + csrf(browser) + "&version=" + fileVersion(id) + "&"
                + URLEncoder.encode("cell|E2|H1", StandardCharsets.UTF_8) + "=C";
        HttpResponse<String> page = send(
                browser,
                HttpRequest.newBuilder(uri("/cases/" + id + "/vetting/ratings"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(page.body())
                .contains("1 rating added under your name")
                .contains("≠")
                .contains("★");

        JsonNode b = body(getAs(V1, "/api/cases/" + id + "/vetting")).get("bonaFides");
        assertThat(b.get("leading").asString()).isEqualTo("H1");
        assertThat(b.get("premise").asString()).isEqualTo("H3");
        assertThat(b.get("linchpins").get(0).get("item").asString()).isEqualTo("E1");
        assertThat(b.get("rows").get(1).get("disagreed").toString()).contains("H1");

        // The conclusion: a judgement and a second vetting officer, or nothing.
        String conclusions = "/api/cases/" + id + "/vetting/conclusions";
        assertThat(postAs(V1, conclusions, Map.of("judgement", "  ", "confidence", "LIKELY"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(body(postAs(V1, conclusions, Map.of("judgement", "  ", "confidence", "LIKELY")))
                        .get("detail")
                        .asString())
                .contains("needs its judgement");
        HttpResponse<String> proposed = postAs(
                V1,
                conclusions,
                Map.of(
                        "judgement",
                        "genuine: the liaison service bears out his service",
                        "confidence",
                        "LIKELY",
                        "watchFor",
                        "the liaison service's own file on him"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode conclusion = body(proposed);
        assertThat(conclusion.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(conclusion.get("matrixSha256").asString()).hasSize(64);
        assertThat(conclusion.get("triggers").get(0).get("statement").asString())
                .isEqualTo("r1");
        String approval = conclusions + "/" + conclusion.get("id").asString() + "/approval";
        HttpResponse<String> byHimself =
                postAs(V1, approval, Map.of("version", conclusion.get("version").asLong()));
        assertThat(byHimself.statusCode()).isEqualTo(400);
        assertThat(body(byHimself).get("detail").asString()).contains("a second vetting officer approves");
        HttpResponse<String> approved =
                postAs(V2, approval, Map.of("version", conclusion.get("version").asLong()));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(body(approved).get("status").asString()).isEqualTo("STANDING");
        assertThat(body(approved).get("approvedBy").asString()).isEqualTo(V2);
        assertThat(body(get("/api/cases/" + id)).get("tracks").toString()).contains("\"state\":\"VETTING_CONCLUDED\"");

        // A lead refutes the linchpin: the conclusion reopens, with a task for its vetting officer.
        String due = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .plusDays(5)
                .toString();
        record(
                id,
                Map.of(
                        "at",
                        clock.instant().toString(),
                        "kind",
                        "LEAD",
                        "id",
                        "L1",
                        "statement",
                        "r1",
                        "owner",
                        ANALYST,
                        "due",
                        due));
        JsonNode stillStanding = body(getAs(V1, "/api/cases/" + id + "/vetting"))
                .get("conclusions")
                .get(0);
        assertThat(stillStanding.get("status").asString()).isEqualTo("STANDING");
        record(
                id,
                Map.of(
                        "at",
                        clock.instant().toString(),
                        "kind",
                        "OUTCOME",
                        "lead",
                        "L1",
                        "result",
                        "REFUTED",
                        "note",
                        "the liaison service withdrew its report"));
        JsonNode reopened = body(getAs(V1, "/api/cases/" + id + "/vetting"))
                .get("conclusions")
                .get(0);
        assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
        assertThat(reopened.get("reopenedBecause").asString())
                .contains("linchpin E1")
                .contains("a lead refuted it");
        JsonNode tasks = body(get("/api/cases/" + id + "/tasks"));
        JsonNode review = null;
        for (JsonNode t : tasks) {
            if (t.get("title").asString().startsWith("Vetting conclusion reopened")) {
                review = t;
            }
        }
        assertThat(review).as(tasks.toString()).isNotNull();
        assertThat(review.get("owner").asString()).isEqualTo(V1);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'vetting-conclusion' order by seq")
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "VettingConclusionProposed", "VettingConclusionApproved", "VettingConclusionReopened");
        assertThat(getAs(V1, "/cases/" + id + "/vetting").body())
                .contains("Reopened: linchpin E1")
                .contains("the evidence no longer points there");
    }
}
