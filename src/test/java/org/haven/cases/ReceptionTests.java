package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reception over HTTP with a clock the test drives: the decision clock, the lifecycle, bad input. */
@StoreTest
class ReceptionTests extends RunningHaven {

    @Autowired
    DecisionClock decisions;

    private Map<String, Object> approach(String name, String setting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameGiven", name);
        body.put("place", "Istanbul");
        body.put("country", "Turkey");
        body.put("setting", setting);
        body.put("recipient", "the British Embassy");
        body.put("offers", "a catalogue of agents and documents");
        body.put("fears", "recall to Moscow");
        body.put("othersWhoKnow", "his wife");
        body.put("receivedBy", "reception-1");
        return body;
    }

    private JsonNode record(String name, String setting) {
        HttpResponse<String> response = post("/api/approaches", approach(name, setting));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return body(response);
    }

    private JsonNode due(String caseId) {
        for (JsonNode d : body(get("/api/decisions"))) {
            if (d.get("caseId").asString().equals(caseId)) {
                return d;
            }
        }
        return null;
    }

    private HttpResponse<String> move(String caseId, String verb, String officer, long version) {
        return post(
                "/api/cases/" + caseId + "/moves/" + verb,
                Map.of("officer", officer, "reason", "because " + verb, "version", version));
    }

    private long version(String caseId) {
        return body(get("/api/cases/" + caseId)).get("version").asLong();
    }

    private List<String> actions(String caseId) {
        List<String> actions = new ArrayList<>();
        // The changes to the case: entries with its state after them (reads carry none; its label's are the label's).
        body(get("/api/cases/" + caseId + "/audit")).forEach(e -> {
            if (!e.get("subjectState").isNull()
                    && e.get("subjectType").asString().equals("case")) {
                actions.add(e.get("action").asString());
            }
        });
        return actions;
    }

    @Test
    void anApproachEscalatesGoesOverdueAndStaysInTheQueueUntilDecided() {
        String id = record("Constantin VOLKOV", "MISSION_ABROAD").get("id").asString();
        JsonNode fresh = due(id);
        assertThat(fresh.get("timeLeft").asString()).isEqualTo("PT24H");
        assertThat(fresh.get("escalationLevel").asInt()).isZero();
        assertThat(fresh.get("overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofHours(12));
        decisions.review();
        assertThat(due(id).get("escalationLevel").asInt()).isEqualTo(1);
        assertThat(due(id).get("heldBy").asString()).isEqualTo("head of station");

        clock.advance(Duration.ofHours(6));
        decisions.review();
        assertThat(due(id).get("heldBy").asString()).isEqualTo("headquarters");

        clock.advance(Duration.ofHours(7));
        decisions.review();
        decisions.review();
        JsonNode overdue = due(id);
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("timeLeft").asString()).isEqualTo("PT-1H");
        assertThat(overdue.get("proposedFallback").asString()).isEqualTo("protective custody pending decision");
        assertThat(actions(id))
                .containsExactly("ApproachRecorded", "DecisionEscalated", "DecisionEscalated", "DecisionOverdue");

        HttpResponse<String> custody = post(
                "/api/cases/" + id + "/custody-pending-decision",
                Map.of("officer", "duty-1", "reason", "overdue: fallback by policy", "version", version(id)));
        assertThat(custody.statusCode()).isEqualTo(200);
        assertThat(due(id).get("custodyPendingDecision").asBoolean()).isTrue();
        assertThat(due(id).get("proposedFallback").isNull()).isTrue();

        HttpResponse<String> proposed = move(id, "accept", "officer-a", version(id));
        assertThat(proposed.statusCode()).isEqualTo(202);
        assertThat(body(proposed).get("awaitingApproval").asBoolean()).isTrue();
        assertThat(due(id).get("awaitingApproval").asString()).isEqualTo("accept");

        HttpResponse<String> sameOfficer =
                post("/api/cases/" + id + "/approval", Map.of("officer", "officer-a", "version", version(id)));
        assertThat(sameOfficer.statusCode()).isEqualTo(409);
        assertThat(body(sameOfficer).get("detail").asString()).contains("a second officer must");

        clock.advance(Duration.ofHours(1));
        HttpResponse<String> approved =
                post("/api/cases/" + id + "/approval", Map.of("officer", "officer-b", "version", version(id)));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode accepted = body(approved).get("kase");
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("approach").get("timeToDecision").asString()).isEqualTo("PT26H");
        assertThat(accepted.get("history").get(0).get("approvedBy").asString()).isEqualTo("officer-b");
        assertThat(due(id)).isNull();
        assertThat(actions(id)).endsWith("TakenIntoCustodyPendingDecision", "TransitionProposed", "DefectorAccepted");
    }

    @Test
    void listsOpenApproachesTheLeastTimeLeftFirst() {
        String mission = record("Ivan SLOWLY", "MISSION_ABROAD").get("id").asString();
        String field = record("Pyotr QUICKLY", "FIELD").get("id").asString();
        List<String> order = new ArrayList<>();
        body(get("/api/decisions")).forEach(d -> order.add(d.get("caseId").asString()));
        assertThat(order).containsSubsequence(field, mission);
        assertThat(get("/decisions").body()).contains("Pyotr QUICKLY").contains("Ivan SLOWLY");
    }

    @Test
    void refusesAMoveNotAllowedNowListingTheAllowedOnes() {
        JsonNode c = record("Igor SOMEONE", "FIELD");
        HttpResponse<String> refused = move(c.get("id").asString(), "resettle", "officer-a", 0);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = body(refused);
        assertThat(problem.get("caseStatus").asString()).isEqualTo("APPROACHED");
        assertThat(problem.get("allowed").toString()).isEqualTo("[\"accept\",\"decline\",\"mark-lost\"]");
        assertThat(version(c.get("id").asString())).isZero();
    }

    @Test
    void refusesToMoveAHistoricalCase() {
        HttpResponse<String> refused = move("gouzenko", "decline", "officer-a", 0);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(body(refused).get("detail").asString()).contains("historical record");
    }

    @Test
    void twoOfficersActingOnOneVersionNeverOverwriteEachOther() {
        String id = record("Kiril TWOFOLD", "FIELD").get("id").asString();
        HttpResponse<String> first = move(id, "decline", "officer-a", 0);
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> second = move(id, "mark-lost", "officer-b", 0);
        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode problem = body(second);
        assertThat(problem.get("yourVersion").asLong()).isZero();
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(problem.get("changes").size()).isEqualTo(1);
        assertThat(problem.get("changes").get(0).get("action").asString()).isEqualTo("ApproachDeclined");
        assertThat(problem.get("changes").get(0).get("actor").asString()).isEqualTo("officer-a");
        assertThat(body(get("/api/cases/" + id)).get("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void refusesADeadlineAlreadyPast() {
        Map<String, Object> body = approach("Late MAN", "FIELD");
        body.put("decisionDue", clock.instant().minus(Duration.ofMinutes(1)).toString());
        HttpResponse<String> response = post("/api/approaches", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("detail").asString()).contains("already past");
    }

    @Test
    void refusesADeadlineLaterThanThePolicyAllows() {
        Map<String, Object> body = approach("Slow MAN", "FIELD");
        body.put("decisionDue", clock.instant().plus(Duration.ofDays(30)).toString());
        HttpResponse<String> response = post("/api/approaches", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("detail").asString()).contains("never put back");
    }

    @Test
    void refusesWhatTheStoreCannotHoldAndChangesNothing() {
        HttpResponse<String> tooLong = post("/api/approaches", approach("X".repeat(201), "FIELD"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(body(tooLong).get("detail").asString()).isEqualTo("nameGiven is longer than 200 characters");
        HttpResponse<String> nul = post("/api/approaches", approach("Nul\u0000MAN", "FIELD"));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(post("/api/tasks/task-none/completion", Map.of("officer", "x", "version", 0))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesUnknownMissingAndMalformedFieldsSayingWhich() {
        Map<String, Object> unknown = approach("Odd FIELDS", "FIELD");
        unknown.put("rank", "major");
        HttpResponse<String> r1 = post("/api/approaches", unknown);
        assertThat(r1.statusCode()).isEqualTo(400);
        assertThat(body(r1).get("detail").asString()).isEqualTo("unknown field 'rank'");

        HttpResponse<String> r2 = post("/api/approaches", approach("Odd SETTING", "ON_THE_MOON"));
        assertThat(r2.statusCode()).isEqualTo(400);
        assertThat(body(r2).get("detail").asString()).startsWith("field 'setting'");

        Map<String, Object> missing = approach("No PLACE", "FIELD");
        missing.remove("place");
        HttpResponse<String> r3 = post("/api/approaches", missing);
        assertThat(r3.statusCode()).isEqualTo(400);
        assertThat(body(r3).get("detail").asString()).isEqualTo("place is required");

        HttpResponse<String> r4 = post("/api/approaches", "{not json");
        assertThat(r4.statusCode()).isEqualTo(400);
        assertThat(r4.body()).doesNotContain("at org.", "Exception");

        HttpResponse<String> r5 =
                post("/api/cases/gouzenko/moves/fly-away", Map.of("officer", "x", "reason", "y", "version", 0));
        assertThat(r5.statusCode()).isEqualTo(400);
        assertThat(body(r5).get("detail").asString()).contains("'fly-away' is not a move");

        String id = record("No VERSION", "FIELD").get("id").asString();
        HttpResponse<String> r6 = post("/api/cases/" + id + "/moves/decline", Map.of("officer", "x", "reason", "y"));
        assertThat(r6.statusCode()).isEqualTo(400);
        assertThat(body(r6).get("detail").asString()).startsWith("version is required");
        assertThat(version(id)).isZero();
    }

    @Test
    void setsTasksWithOwnersAndDueDatesAndRecordsTheirCompletion() {
        String id = record("Alexander TASKED", "FIELD").get("id").asString();
        HttpResponse<String> created = post(
                "/api/cases/" + id + "/tasks",
                Map.of(
                        "kind", "PROTECT_FAMILY",
                        "title", "ease his fears for his wife in Moscow",
                        "owner", "protection-1",
                        "due", clock.instant().plus(Duration.ofDays(2)).toString(),
                        "officer", "handler-1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String taskId = body(created).get("id").asString();

        HttpResponse<String> past = post(
                "/api/cases/" + id + "/tasks",
                Map.of(
                        "kind",
                        "HOUSE",
                        "title",
                        "a flat",
                        "owner",
                        "resettlement-1",
                        "due",
                        clock.instant().minus(Duration.ofDays(1)).toString(),
                        "officer",
                        "handler-1"));
        assertThat(past.statusCode()).isEqualTo(400);

        assertThat(post("/api/tasks/" + taskId + "/completion", Map.of("officer", "protection-1", "version", 0))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> again =
                post("/api/tasks/" + taskId + "/completion", Map.of("officer", "protection-2", "version", 0));
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode tasks = body(get("/api/cases/" + id + "/tasks"));
        assertThat(tasks.size()).isEqualTo(1);
        assertThat(tasks.get(0).get("completedBy").asString()).isEqualTo("protection-1");
    }
}
