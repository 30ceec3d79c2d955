package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Need-to-know on live cases: a user reads only what his clearance dominates; lists, counts, decisions due, the
 * study and name traces hold nothing else; labels are raised, never lowered; every decision on a labelled case is
 * in the audit record, exactly, and a read that cannot be recorded returns nothing.
 */
@StoreTest
class NeedToKnowTests extends RunningHaven {

    private static final String CLEARED = "cleared-handler";
    private static final String UNCLEARED = "uncleared-handler";

    @Autowired
    JdbcClient jdbc;

    private String caseId;
    private String name;

    @BeforeEach
    void aLiveSecretCase() {
        if (!accounts.exists(UNCLEARED)) {
            accounts.create(
                    UNCLEARED,
                    PASSWORD,
                    java.util.EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.VETTING),
                    Clearance.parse("CONFIDENTIAL&RECEPTION"),
                    false);
            accounts.create(
                    CLEARED,
                    PASSWORD,
                    java.util.EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.VETTING),
                    Clearance.parse("SECRET&RECEPTION"),
                    false);
        }
        name = "Anatoli HIDDENOV" + System.nanoTime() % 100_000;
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", name);
        approach.put("place", "Vienna");
        approach.put("country", "Austria");
        approach.put("setting", "FIELD");
        approach.put("recipient", "the British Legation");
        HttpResponse<String> opened = postAs(CLEARED, "/api/approaches", approach);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        caseId = body(opened).get("id").asString();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    @Test
    void aCaseAboveHisClearanceIsNotThereForHim() {
        assertThat(getAs(CLEARED, "/api/cases/" + caseId).statusCode()).isEqualTo(200);

        HttpResponse<String> hidden = getAs(UNCLEARED, "/api/cases/" + caseId);
        HttpResponse<String> missing = getAs(UNCLEARED, "/api/cases/no-such-case-1");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(body(hidden).get("title")).isEqualTo(body(missing).get("title"));
        assertThat(hidden.body()).doesNotContain(name);
    }

    @Test
    void listsCountsAndDecisionsDueHoldOnlyWhatHeMaySee() {
        JsonNode seen = body(getAs(CLEARED, "/api/cases"));
        JsonNode shown = body(getAs(UNCLEARED, "/api/cases"));
        assertThat(seen.toString()).contains(caseId);
        assertThat(shown.toString()).doesNotContain(caseId).doesNotContain(name);
        // The count he sees is the count of what he may see: it cannot betray the hidden case.
        long hiddenFromHim = 0;
        for (JsonNode c : seen) {
            if (!shown.toString().contains("\"" + c.get("id").asString() + "\"")) {
                hiddenFromHim++;
            }
        }
        assertThat(shown.size()).isEqualTo(seen.size() - hiddenFromHim);
        assertThat(hiddenFromHim).isPositive();

        assertThat(getAs(CLEARED, "/api/decisions").body()).contains(caseId);
        assertThat(getAs(UNCLEARED, "/api/decisions").body())
                .doesNotContain(caseId)
                .doesNotContain(name);
        assertThat(getAs(UNCLEARED, "/decisions").body()).doesNotContain(name);
        assertThat(getAs(CLEARED, "/decisions").body()).contains(name);
    }

    @Test
    void theStudyAndNameTracesHoldNothingOfIt() {
        assertThat(getAs(UNCLEARED, "/api/study").body())
                .isEqualTo(getAs(CLEARED, "/api/study").body());
        assertThat(getAs(UNCLEARED, "/api/study").body()).doesNotContain(name);
        String surname = name.substring(name.indexOf(' ') + 1);
        assertThat(getAs(UNCLEARED, "/api/trace?name=" + surname).body()).doesNotContain(caseId);
    }

    @Test
    void movesOnACaseHeCannotSeeAreRefusedAsIfItDidNotExist() {
        HttpResponse<String> move =
                postAs(UNCLEARED, "/api/cases/" + caseId + "/moves/decline", Map.of("reason", "no", "version", 0));
        assertThat(move.statusCode()).isEqualTo(404);
        assertThat(getAs(CLEARED, "/api/cases/" + caseId).body()).contains("\"APPROACHED\"");
    }

    @Test
    void aLabelIsRaisedNeverLoweredAndAFaultyOneIsNamed() {
        JsonNode label = body(getAs(CLEARED, "/api/cases/" + caseId + "/label"));
        assertThat(label.get("label").asString()).isEqualTo("SECRET&RECEPTION");

        HttpResponse<String> down = postAs(
                CLEARED, "/api/cases/" + caseId + "/label", Map.of("label", "CONFIDENTIAL&RECEPTION", "version", 0));
        assertThat(down.statusCode()).isEqualTo(400);
        assertThat(body(down).get("detail").asString()).contains("writing down is refused");

        HttpResponse<String> faulty =
                postAs(CLEARED, "/api/cases/" + caseId + "/label", Map.of("label", "SECRET&&RECEPTION", "version", 0));
        assertThat(faulty.statusCode()).isEqualTo(400);
        assertThat(body(faulty).get("detail").asString()).contains("does not parse");

        HttpResponse<String> beyond = postAs(
                CLEARED, "/api/cases/" + caseId + "/label", Map.of("label", "TOP_SECRET&RECEPTION", "version", 0));
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(body(beyond).get("detail").asString()).contains("your clearance does not cover the new label");

        // Into the case's own compartment, by an officer who holds it; whoever lacks it no longer reads the case.
        String own = Label.caseCompartment(caseId);
        HttpResponse<String> notHis = postAs(
                CLEARED, "/api/cases/" + caseId + "/label", Map.of("label", "SECRET&RECEPTION&" + own, "version", 0));
        assertThat(notHis.statusCode()).isEqualTo(400);
        String senior = "senior-" + caseId;
        accounts.create(
                senior,
                PASSWORD,
                java.util.EnumSet.of(Role.HANDLER),
                Clearance.parse("TOP_SECRET&RECEPTION&" + own),
                false);
        HttpResponse<String> raised = postAs(
                senior, "/api/cases/" + caseId + "/label", Map.of("label", "SECRET&RECEPTION&" + own, "version", 0));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThat(body(raised).get("version").asLong()).isEqualTo(1);
        assertThat(getAs(senior, "/api/cases/" + caseId).statusCode()).isEqualTo(200);
        assertThat(getAs(CLEARED, "/api/cases/" + caseId).statusCode()).isEqualTo(404);
        // A relabelling against a label that changed meanwhile is refused.
        HttpResponse<String> stale = postAs(
                senior,
                "/api/cases/" + caseId + "/label",
                Map.of("label", "TOP_SECRET&RECEPTION&" + own, "version", 0));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).get("title").asString()).isEqualTo("The label has changed");
    }

    /** Audit entries = sensitive reads + writes + denials, exactly. */
    @Test
    void everyDecisionOnALabelledCaseIsInTheAuditRecordExactly() {
        long before = auditEntries();
        getAs(CLEARED, "/api/cases/" + caseId); // 1 granted
        assertThat(auditEntries()).isEqualTo(before + 1);
        getAs(UNCLEARED, "/api/cases/" + caseId); // 1 denied
        assertThat(auditEntries()).isEqualTo(before + 2);
        getAs(CLEARED, "/api/cases/gouzenko"); // a public record: no decision to record
        assertThat(auditEntries()).isEqualTo(before + 2);

        long labelled = jdbc.sql("select count(*) from record_label where subject_type = 'case' and label <>"
                        + " 'UNCLASSIFIED'")
                .query(Long.class)
                .single();
        assertThat(labelled).isGreaterThan(1);
        getAs(UNCLEARED, "/api/cases"); // one entry for the list, naming every labelled case, each denied
        assertThat(auditEntries()).isEqualTo(before + 3);
        String list = jdbc.sql("select details from audit_entry where action = 'ListRead' and actor = ? order by seq"
                        + " desc limit 1")
                .param(UNCLEARED)
                .query(String.class)
                .single();
        assertThat(list).contains("\"denied\"").contains(caseId);
        getAs(UNCLEARED, "/api/cases"); // the same list again, unchanged: nothing new to record
        assertThat(auditEntries()).isEqualTo(before + 3);
        clock.advance(java.time.Duration.ofMinutes(11));
        getAs(UNCLEARED, "/api/cases"); // read again later: recorded again
        assertThat(auditEntries()).isEqualTo(before + 4);
        long labelledAfter = labelled;

        HttpResponse<String> moved = postAs(
                CLEARED, "/api/cases/" + caseId + "/moves/decline", Map.of("reason", "not genuine", "version", 0));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        // the decision to let him act (1), and the move itself (1)
        assertThat(auditEntries()).isEqualTo(before + 4 + 2);
        assertThat(labelledAfter).isEqualTo(labelled);

        var granted = jdbc.sql("select count(*) from audit_entry where action = 'AccessGranted' and subject_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
        var denied = jdbc.sql("select count(*) from audit_entry where action = 'AccessDenied' and subject_id = ?"
                        + " and actor = ?")
                .params(caseId, UNCLEARED)
                .query(Long.class)
                .single();
        assertThat(granted).isEqualTo(2);
        assertThat(denied)
                .as("the single read; the list's denial is in the list's entry")
                .isEqualTo(1);
    }

    @Test
    void theAuditRecordOfAHiddenCaseIsHiddenFromAnAuditorWithoutTheClearance() {
        if (!accounts.exists("auditor-low")) {
            accounts.create(
                    "auditor-low",
                    PASSWORD,
                    java.util.EnumSet.of(Role.AUDITOR),
                    Clearance.parse("CONFIDENTIAL"),
                    false);
            accounts.create(
                    "auditor-high",
                    PASSWORD,
                    java.util.EnumSet.of(Role.AUDITOR),
                    Clearance.parse("SECRET&RECEPTION"),
                    false);
        }
        assertThat(getAs("auditor-high", "/api/audit?subjectId=" + caseId).body())
                .contains("ApproachRecorded");
        String low = getAs("auditor-low", "/api/audit?subjectId=" + caseId).body();
        assertThat(low).isEqualTo("[]");
        assertThat(getAs("auditor-low", "/api/audit?action=ApproachRecorded").body())
                .doesNotContain(name);

        // Nor the entries of its tasks: their case id, title, owner and due date are the case's as much as it is.
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("kind", "HOUSE");
        task.put("title", "a safe house at Grinzing for " + name);
        task.put("owner", CLEARED);
        task.put("due", clock.instant().plusSeconds(86_400).toString());
        assertThat(postAs(CLEARED, "/api/cases/" + caseId + "/tasks", task).statusCode())
                .isEqualTo(201);
        assertThat(getAs("auditor-high", "/api/audit?action=TaskAssigned&limit=1000")
                        .body())
                .contains("a safe house at Grinzing for " + name);
        assertThat(getAs("auditor-low", "/api/audit?action=TaskAssigned&limit=1000")
                        .body())
                .doesNotContain(caseId)
                .doesNotContain("Grinzing");
        assertThat(getAs("auditor-low", "/audit?subjectType=task").body()).doesNotContain("Grinzing");
    }

    @Autowired
    Labels labels;

    @Test
    void aListReadNamesToAnAuditorOnlyTheRecordsWithinHisClearance() {
        getAs(UNCLEARED, "/api/cases"); // a list with the labelled case in it, denied
        clock.advance(java.time.Duration.ofMinutes(11));
        getAs(UNCLEARED, "/api/cases");
        if (!accounts.exists("auditor-lists-low")) {
            accounts.create(
                    "auditor-lists-low",
                    PASSWORD,
                    java.util.EnumSet.of(Role.AUDITOR),
                    Clearance.parse("SECRET"),
                    false);
        }
        String low = getAs("auditor-lists-low", "/api/audit?action=ListRead&actor=" + UNCLEARED)
                .body();
        assertThat(low).contains("ListRead").contains("beyond your clearance").doesNotContain(caseId);
        if (!accounts.exists("auditor-lists-high")) {
            accounts.create(
                    "auditor-lists-high",
                    PASSWORD,
                    java.util.EnumSet.of(Role.AUDITOR),
                    Clearance.parse(CLEARANCE),
                    false);
        }
        assertThat(getAs("auditor-lists-high", "/audit?subjectId=" + caseId).body())
                .as("who read the case, in a list too")
                .contains("list read");
    }

    @Test
    void everyAuditorSeesWhoProbedWhatIsBeyondHimWithWhatWasProbedWithheldHiddenAndMissingAlike() {
        String missing = "qqqq-" + (System.nanoTime() % 10_000) + "-qqqq-qqqq";
        assertThat(getAs(UNCLEARED, "/api/cases/" + caseId).statusCode()).isEqualTo(404);
        assertThat(getAs(UNCLEARED, "/api/cases/" + missing).statusCode()).isEqualTo(404);

        // An auditor without the case's clearance: both probes, neither id, nor the hidden case's label.
        accounts.create(
                "auditor-probes-" + caseId,
                PASSWORD,
                java.util.EnumSet.of(Role.AUDITOR),
                Clearance.parse("SECRET"),
                false);
        JsonNode low = body(getAs("auditor-probes-" + caseId, "/api/audit?action=AccessDenied&actor=" + UNCLEARED));
        List<JsonNode> withheld = new java.util.ArrayList<>();
        low.forEach(e -> {
            if (e.get("subjectId").asString().equals("withheld")) {
                withheld.add(e);
            }
        });
        assertThat(withheld.size()).isGreaterThanOrEqualTo(2);
        assertThat(low.toString())
                .doesNotContain(caseId)
                .doesNotContain(missing)
                .doesNotContain("RECEPTION");
        // The two newest look alike but for their sequence and time.
        assertThat(withheld.get(0).get("details")).isEqualTo(withheld.get(1).get("details"));
        assertThat(withheld.get(0).get("hash")).isEqualTo(withheld.get(1).get("hash"));

        // An auditor cleared for the case sees its probe whole; the missing id stays withheld from him.
        if (!accounts.exists("auditor-high-probes")) {
            accounts.create(
                    "auditor-high-probes",
                    PASSWORD,
                    java.util.EnumSet.of(Role.AUDITOR),
                    Clearance.parse("SECRET&RECEPTION"),
                    false);
        }
        JsonNode high = body(getAs("auditor-high-probes", "/api/audit?action=AccessDenied&actor=" + UNCLEARED));
        assertThat(high.toString()).contains(caseId).doesNotContain(missing);

        // An auditor cleared for every label in use sees the missing id too: it could have named nothing he may not
        // see.
        java.util.Set<String> compartments = new java.util.TreeSet<>();
        labels.inUse().forEach(l -> compartments.addAll(l.compartments()));
        accounts.create(
                "auditor-all-" + caseId,
                PASSWORD,
                java.util.EnumSet.of(Role.AUDITOR),
                new Clearance(Classification.TOP_SECRET, compartments),
                false);
        String all = getAs("auditor-all-" + caseId, "/api/audit?action=AccessDenied&actor=" + UNCLEARED)
                .body();
        assertThat(all).contains(caseId).contains(missing);
    }

    @Test
    void aTaskOfAHiddenCaseCannotBeCompleted() {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("kind", "CHECK_STORY");
        task.put("title", "check his story against the registry");
        task.put("owner", CLEARED);
        task.put("due", clock.instant().plusSeconds(86_400).toString());
        HttpResponse<String> set = postAs(CLEARED, "/api/cases/" + caseId + "/tasks", task);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        String taskId = body(set).get("id").asString();
        HttpResponse<String> done = postAs(UNCLEARED, "/api/tasks/" + taskId + "/completion", Map.of("version", 0));
        assertThat(done.statusCode()).isEqualTo(404);
        assertThat(done.body()).doesNotContain(caseId);
    }

    @Test
    void theRecordsOfThePastStudyAreNotRelabelled() {
        HttpResponse<String> relabel =
                postAs(CLEARED, "/api/cases/gouzenko/label", Map.of("label", "SECRET&RECEPTION", "version", 0));
        assertThat(relabel.statusCode()).isEqualTo(400);
        assertThat(body(relabel).get("detail").asString()).contains("not relabelled");
    }

    @Test
    void aReadThatCannotBeRecordedFailsClosed() {
        long last =
                jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        jdbc.sql("alter table audit_entry add constraint audit_closed_for_test check (seq <= " + last + ")")
                .update();
        try {
            HttpResponse<String> read = getAs(CLEARED, "/api/cases/" + caseId);
            assertThat(read.statusCode()).isEqualTo(503);
            assertThat(read.body()).doesNotContain(name).contains("nothing is shown");
        } finally {
            jdbc.sql("alter table audit_entry drop constraint audit_closed_for_test")
                    .update();
        }
        assertThat(getAs(CLEARED, "/api/cases/" + caseId).statusCode()).isEqualTo(200);
    }

    /** A store that cannot record (a full disk does this to H2) refuses a sign-in as unavailable, never as wrong. */
    @Test
    void aSignInThatCannotBeRecordedIsUnavailableNotAWrongPassword() {
        account("unrecorded-officer");
        long last =
                jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        jdbc.sql("alter table audit_entry add constraint audit_closed_for_sign_in check (seq <= " + last + ")")
                .update();
        HttpResponse<String> refused;
        try {
            refused = send(java.net.http.HttpRequest.newBuilder(uri("/api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            json.writeValueAsString(Map.of("username", "unrecorded-officer", "password", PASSWORD))))
                    .build());
        } finally {
            jdbc.sql("alter table audit_entry drop constraint audit_closed_for_sign_in")
                    .update();
        }
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(body(refused).get("detail").asString()).contains("Signing in is not possible now");
        assertThat(refused.body()).doesNotContain("wrong");
    }
}
