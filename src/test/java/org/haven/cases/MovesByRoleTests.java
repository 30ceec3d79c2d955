package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Over HTTP: each move is open to the roles it names, as proposer and as approver; the refusals are recorded. */
@StoreTest
class MovesByRoleTests extends RunningHaven {

    private String approach(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameGiven", name);
        body.put("place", "Berlin");
        body.put("country", "Germany");
        body.put("setting", "FIELD");
        body.put("recipient", "the Canadians");
        HttpResponse<String> created = postAs(user("by-role-reception-1", Role.RECEPTION), "/api/approaches", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asString();
    }

    private String user(String name, Role... roles) {
        account(name, roles);
        return name;
    }

    private long version(String id) {
        return body(get("/api/cases/" + id)).get("version").asLong();
    }

    private HttpResponse<String> move(String user, String id, String verb) {
        return postAs(user, "/api/cases/" + id + "/moves/" + verb, Map.of("reason", "because", "version", version(id)));
    }

    private HttpResponse<String> approve(String user, String id) {
        return postAs(user, "/api/cases/" + id + "/approval", Map.of("version", version(id)));
    }

    private String accepted(String name) {
        String id = approach(name);
        assertThat(move("by-role-reception-1", id, "accept").statusCode()).isEqualTo(202);
        assertThat(approve(user("by-role-reception-2", Role.RECEPTION), id).statusCode())
                .isEqualTo(200);
        return id;
    }

    @Test
    void aProtectionOfficerCannotConcludeVettingAndAReceptionOfficerCannotApproveIt() {
        String id = accepted("Grigori TOKAEV");
        assertThat(move(user("by-role-vetting-1", Role.VETTING), id, "begin-vetting")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> byProtection = move(user("by-role-protection-1", Role.PROTECTION), id, "conclude-vetting");
        assertThat(byProtection.statusCode()).isEqualTo(403);
        assertThat(byProtection.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = body(byProtection);
        assertThat(problem.get("roles").toString()).isEqualTo("[\"VETTING\"]");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Only a vetting officer may propose 'conclude-vetting'.");

        // Vetting is concluded on a written conclusion, which proposes the move; nothing else may.
        HttpResponse<String> bare = move("by-role-vetting-1", id, "conclude-vetting");
        assertThat(bare.statusCode()).isEqualTo(409);
        assertThat(body(bare).get("detail").asString()).contains("propose it on the case's vetting page");
        HttpResponse<String> concluded = postAs(
                "by-role-vetting-1",
                "/api/cases/" + id + "/vetting/conclusions",
                Map.of("judgement", "his account stands against every other source", "confidence", "LIKELY"));
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(201);
        HttpResponse<String> byReception = approve("by-role-reception-2", id);
        assertThat(byReception.statusCode()).isEqualTo(403);
        assertThat(body(byReception).get("step").asString()).isEqualTo("approve");
        assertThat(body(get("/api/cases/" + id)).get("tracks").toString()).contains("\"state\":\"UNDER_VETTING\"");

        HttpResponse<String> byVetting = approve(user("by-role-vetting-2", Role.VETTING), id);
        assertThat(byVetting.statusCode()).as(byVetting.body()).isEqualTo(200);
        assertThat(body(byVetting).get("event").asString()).isEqualTo("VettingConcluded");

        // Both refusals outlived their failed requests.
        List<String> actions = new ArrayList<>();
        body(getAs(user("by-role-handler-1", Role.HANDLER), "/api/cases/" + id + "/audit"))
                .forEach(e -> actions.add(
                        e.get("action").asString() + " by " + e.get("actor").asString()));
        assertThat(actions)
                .contains(
                        "MoveRefused by by-role-protection-1",
                        "ApprovalRefused by by-role-reception-2",
                        "VettingConcluded by by-role-vetting-2");
    }

    /** The moves × roles column of the access matrix: who may propose each move, whatever the case's state. */
    @Test
    void everyMoveIsRefusedToEveryRoleItDoesNotName() {
        String id = approach("Pyotr MATRIXOV");
        long stale = -1;
        for (Transition t : Transition.values()) {
            for (Role role : Role.values()) {
                String user = user("by-role-only-" + role.name().toLowerCase(java.util.Locale.ROOT), role);
                HttpResponse<String> r = postAs(
                        user, "/api/cases/" + id + "/moves/" + t.verb(), Map.of("reason", "r", "version", stale));
                // A role the move names gets past its roles to the version check; any other is refused.
                int expected = t.proposers().contains(role) ? 409 : 403;
                assertThat(r.statusCode())
                        .as("%s by %s: %s", t.verb(), role, r.body())
                        .isEqualTo(expected);
            }
        }
        assertThat(version(id)).isZero();
    }

    @Test
    void aNewApproachIdRevealsNeitherTheNameNorTheCount() {
        String first = approach("Konstantin VOLKOV");
        String second = approach("Konstantin VOLKOV");
        assertThat(first).isNotEqualTo(second);
        for (String id : List.of(first, second)) {
            assertThat(id).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContainIgnoringCase("volkov");
            assertThat(body(get("/api/cases/" + id))
                            .get("defectors")
                            .get(0)
                            .get("id")
                            .asString())
                    .doesNotContainIgnoringCase("volkov");
        }
    }

    @Test
    void aLiveDefectorIsTracedByThoseClearedForHisCaseAndByNobodyElse() {
        String id = approach("Boris KOZLOVSKY");
        String cleared = user("analyst-cleared", Role.ANALYST);
        if (!accounts.exists("analyst-uncleared")) {
            accounts.create(
                    "analyst-uncleared", PASSWORD, Set.of(Role.ANALYST), Clearance.parse("UNCLASSIFIED"), false);
        }
        JsonNode found = body(getAs(cleared, "/api/trace?name=KOZLOVSKI,%20Boris"));
        assertThat(found.get(0).get("caseId").asString()).isEqualTo(id);
        assertThat(found.get(0).get("match").asBoolean()).isTrue();

        JsonNode hidden = body(getAs("analyst-uncleared", "/api/trace?name=KOZLOVSKI,%20Boris&limit=100"));
        for (JsonNode m : hidden) {
            assertThat(m.get("caseId").isNull() ? "" : m.get("caseId").asString())
                    .isNotEqualTo(id);
        }
        // The historical defectors remain open to him.
        JsonNode kravchenko = body(getAs("analyst-uncleared", "/api/trace?name=KRAVCIIENKO,%20Victor"));
        assertThat(kravchenko.get(0).get("name").asString()).isEqualTo("Victor KRAVCHENKO");
    }
}
