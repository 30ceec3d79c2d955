package org.haven.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseNotFound;
import org.haven.cases.CaseTask;
import org.haven.cases.TaskKind;
import org.haven.security.Clearance;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.haven.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A case raised above an officer's clearance takes no write of his that commits after the raise: the decision and
 * the action are one transaction, the label locked. The decision is made, then the case is raised, then the action
 * is tried (refused); and an action that holds the label keeps the raise waiting until it has committed.
 */
@StoreTest
class RelabelRaceTests extends RunningHaven {

    private static final String OFFICER = "secret-handler";
    private static final String RAISER = "top-secret-officer";
    private static final Label TOP_SECRET = Label.parse("TOP_SECRET&RECEPTION");

    @Autowired
    CaseAccess access;

    @Autowired
    CaseManagement management;

    @Autowired
    Labels labels;

    @Autowired
    JdbcClient jdbc;

    private String caseId;
    private final Authentication officer = new UsernamePasswordAuthenticationToken(OFFICER, null, List.of());

    @BeforeEach
    void aSecretCase() {
        if (!accounts.exists(OFFICER)) {
            accounts.create(
                    OFFICER,
                    PASSWORD,
                    EnumSet.of(Role.RECEPTION, Role.HANDLER),
                    Clearance.parse("SECRET&RECEPTION"),
                    false);
        }
        account(RAISER);
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", "Ivan RAISEDOV");
        approach.put("place", "Vienna");
        approach.put("country", "Austria");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the British Legation");
        HttpResponse<String> opened = postAs(OFFICER, "/api/approaches", approach);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        caseId = body(opened).get("id").asString();
    }

    private void raise() {
        long version = labels.current("case", caseId).orElseThrow().version();
        labels.relabel("case", caseId, TOP_SECRET, Clearance.parse(CLEARANCE), RAISER, version);
    }

    private CaseTask task(CaseId id, String title) {
        return management.assignTask(
                id, TaskKind.HOUSE, title, OFFICER, clock.instant().plusSeconds(3600), OFFICER);
    }

    private long tasks() {
        return jdbc.sql("select count(*) from case_task where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void aWriteDecidedBeforeTheCaseWasRaisedAboveHimIsRefusedAfterIt() {
        CaseId id = access.movable(officer, caseId); // granted, and recorded
        raise();
        assertThatThrownBy(() -> access.within(officer, id, kase -> task(kase, "safe house at the edge of town")))
                .isInstanceOf(CaseNotFound.class);
        assertThat(tasks()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AccessDenied' and actor = ?"
                                + " and subject_id = ? and details like '%raised meanwhile%'")
                        .params(OFFICER, caseId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aRaiseWaitsForTheWriteThatHoldsTheLabelAndCommitsAfterIt() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<CaseTask> write = CompletableFuture.supplyAsync(() -> access.acting(officer, caseId, kase -> {
            holding.countDown();
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return task(kase, "a flat near the station");
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> raise = CompletableFuture.runAsync(this::raise);
        // While the write holds the label, the raise cannot commit.
        Thread.sleep(Duration.ofMillis(500));
        assertThat(raise).isNotDone();
        release.countDown();
        write.get(30, TimeUnit.SECONDS);
        raise.get(30, TimeUnit.SECONDS);
        assertThat(tasks()).isOne();
        long taskSet = jdbc.sql("select max(seq) from audit_entry where action = 'TaskAssigned' and details like ?")
                .param("%" + caseId + "%")
                .query(Long.class)
                .single();
        long raised = jdbc.sql("select max(seq) from audit_entry where action = 'LabelRaised' and subject_id = ?")
                .param(Labels.auditId("case", caseId))
                .query(Long.class)
                .single();
        assertThat(taskSet).isLessThan(raised);
    }
}
