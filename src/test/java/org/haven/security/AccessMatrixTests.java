package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role, and no sign-in at all: each cell asserted. The endpoints are enumerated from the
 * running application, so an endpoint added without a row here fails the build.
 */
class AccessMatrixTests extends RunningHaven {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    private static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(Role.ADMIN));
    private static final Set<Role> CASE_WORK =
            EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT);
    private static final Set<Role> TRACERS = EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.ANALYST, Role.VETTING);
    /** Marks an endpoint anyone may use, signed in or not. */
    private static final Set<Role> PUBLIC = null;

    /** Who may use what: written out here, on its own, not read from the rules it checks. */
    private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /", ALL);
        EXPECTED.put("GET /study", READERS);
        EXPECTED.put("GET /study/{figureId}", READERS);
        EXPECTED.put("GET /links", READERS);
        EXPECTED.put("GET /cases/{id}", READERS);
        EXPECTED.put("GET /archive/cases/{id}", READERS);
        EXPECTED.put("POST /cases/{id}/moves", CASE_WORK);
        EXPECTED.put("POST /cases/{id}/approval", CASE_WORK);
        EXPECTED.put("GET /decisions", CASE_WORK);
        EXPECTED.put("POST /approaches", EnumSet.of(Role.RECEPTION));
        EXPECTED.put("GET /trace", TRACERS);
        EXPECTED.put("GET /ingest", EnumSet.of(Role.ANALYST, Role.VETTING));
        EXPECTED.put("POST /ingest", EnumSet.of(Role.ANALYST, Role.VETTING));
        EXPECTED.put("GET /login", PUBLIC);
        EXPECTED.put("GET /account/password", ALL);
        EXPECTED.put("POST /account/password", ALL);
        EXPECTED.put("GET /api/study", READERS);
        EXPECTED.put("GET /api/cases", READERS);
        EXPECTED.put("GET /api/cases/{id}", READERS);
        EXPECTED.put("GET /api/decisions", CASE_WORK);
        EXPECTED.put("POST /api/approaches", EnumSet.of(Role.RECEPTION));
        EXPECTED.put("POST /api/cases/{id}/moves/{verb}", CASE_WORK);
        EXPECTED.put("POST /api/cases/{id}/approval", CASE_WORK);
        EXPECTED.put(
                "POST /api/cases/{id}/custody-pending-decision",
                EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.PROTECTION));
        EXPECTED.put(
                "POST /cases/{id}/custody-pending-decision", EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.PROTECTION));
        EXPECTED.put("GET /api/cases/{id}/tasks", CASE_WORK);
        EXPECTED.put("POST /api/cases/{id}/tasks", CASE_WORK);
        EXPECTED.put("POST /api/tasks/{taskId}/completion", CASE_WORK);
        EXPECTED.put("GET /api/cases/{id}/audit", EnumSet.of(Role.AUDITOR, Role.HANDLER));
        EXPECTED.put("GET /api/cases/{id}/label", CASE_WORK);
        EXPECTED.put(
                "POST /api/cases/{id}/label",
                EnumSet.of(Role.HANDLER, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT));
        // The exploitation record: read by all who work live cases and by analysts; kept by those who debrief him.
        Set<Role> exploiters = EnumSet.copyOf(CASE_WORK);
        exploiters.add(Role.ANALYST);
        Set<Role> debriefers = EnumSet.of(Role.HANDLER, Role.ANALYST, Role.VETTING);
        EXPECTED.put("POST /api/case-files", EnumSet.of(Role.RECEPTION, Role.HANDLER));
        EXPECTED.put("POST /api/case-files/analysis", exploiters);
        EXPECTED.put("POST /api/cases/{id}/case-file", debriefers);
        EXPECTED.put("POST /api/cases/{id}/case-file/start", debriefers);
        EXPECTED.put("GET /api/cases/{id}/case-file", exploiters);
        EXPECTED.put("POST /api/cases/{id}/case-file/record", debriefers);
        EXPECTED.put("GET /api/cases/{id}/analysis", exploiters);
        EXPECTED.put("POST /api/cases/{id}/sources", debriefers);
        EXPECTED.put("GET /api/cases/{id}/sources/{ref}", exploiters);
        EXPECTED.put("POST /api/cases/{id}/sources/{ref}/reliability", EnumSet.of(Role.HANDLER));
        EXPECTED.put(
                "POST /api/cases/{id}/sources/{ref}/reliability/confirmation", EnumSet.of(Role.HANDLER, Role.VETTING));
        EXPECTED.put("GET /cases/{id}/claims", exploiters);
        EXPECTED.put("GET /cases/{id}/debriefs", exploiters);
        EXPECTED.put("POST /cases/{id}/case-file/start", debriefers);
        EXPECTED.put("POST /cases/{id}/debriefs", debriefers);
        EXPECTED.put("POST /cases/{id}/reports", debriefers);
        EXPECTED.put("POST /cases/{id}/incentives", debriefers);
        EXPECTED.put("POST /cases/{id}/leads", debriefers);
        EXPECTED.put("POST /cases/{id}/outcomes", debriefers);
        EXPECTED.put("POST /cases/{id}/sources", debriefers);
        EXPECTED.put("GET /cases/{id}/sources/{ref}", exploiters);
        EXPECTED.put("POST /cases/{id}/sources/{ref}/grade", EnumSet.of(Role.HANDLER));
        EXPECTED.put("POST /cases/{id}/sources/{ref}/confirmation", EnumSet.of(Role.HANDLER, Role.VETTING));
        EXPECTED.put("POST /cases/{id}/contradictions", debriefers);
        EXPECTED.put("POST /cases/{id}/contradictions/approval", debriefers);
        EXPECTED.put("POST /api/cases/{id}/contradictions/disposition", debriefers);
        EXPECTED.put("POST /api/cases/{id}/contradictions/approval", debriefers);
        // The vetting file: read by all who work live cases; weighed, rated and concluded by vetting officers.
        Set<Role> vetters = EnumSet.of(Role.VETTING);
        EXPECTED.put("GET /api/cases/{id}/vetting", exploiters);
        EXPECTED.put("GET /cases/{id}/vetting", exploiters);
        for (String change :
                List.of("", "/hypotheses", "/premise", "/items", "/ratings", "/checklists", "/conclusions")) {
            EXPECTED.put("POST /api/cases/{id}/vetting" + change, vetters);
            EXPECTED.put("POST /cases/{id}/vetting" + change, vetters);
        }
        EXPECTED.put("POST /api/cases/{id}/vetting/conclusions/{conclusion}/approval", vetters);
        EXPECTED.put("POST /cases/{id}/vetting/conclusions/approval", vetters);
        // The threat board: read by all who work live cases; kept by protection officers, the journal by handlers.
        EXPECTED.put("GET /cases/{id}/protection", exploiters);
        EXPECTED.put("GET /api/cases/{id}/protection", exploiters);
        for (String prefix : List.of("POST /cases/{id}/protection/", "POST /api/cases/{id}/protection/")) {
            EXPECTED.put(prefix + "threats", EnumSet.of(Role.PROTECTION));
            EXPECTED.put(prefix + "measures", EnumSet.of(Role.PROTECTION));
            EXPECTED.put(prefix + "relatives", EnumSet.of(Role.HANDLER, Role.PROTECTION));
            EXPECTED.put(prefix + "contacts", EnumSet.of(Role.HANDLER));
        }
        // Reveals: asked for by those who read protected details, approved by custodians, broken by protection.
        Set<Role> askers = EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT);
        EXPECTED.put("GET /api/cases/{id}/reveals", askers);
        EXPECTED.put("POST /api/cases/{id}/reveals", askers);
        EXPECTED.put("POST /cases/{id}/reveals", askers);
        EXPECTED.put("POST /api/cases/{id}/reveals/break-glass", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /cases/{id}/reveals/break-glass", EnumSet.of(Role.PROTECTION));
        for (String step : List.of("approval", "refusal", "revocation")) {
            EXPECTED.put("POST /api/cases/{id}/reveals/{reveal}/" + step, EnumSet.of(Role.RESETTLEMENT));
            EXPECTED.put("POST /cases/{id}/reveals/" + step, EnumSet.of(Role.RESETTLEMENT));
        }
        EXPECTED.put("POST /api/cases/{id}/reveals/{reveal}/review", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /cases/{id}/reveals/review", EnumSet.of(Role.PROTECTION));
        // Pre-publication review: submitted by his handler or resettlement officer, ruled by protection officers.
        EXPECTED.put("GET /api/cases/{id}/manuscripts", exploiters);
        EXPECTED.put("POST /api/cases/{id}/manuscripts", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT));
        EXPECTED.put("POST /api/cases/{id}/manuscripts/{manuscript}/rulings", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /api/cases/{id}/manuscripts/{manuscript}/decision", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /api/cases/{id}/manuscripts/{manuscript}/appeal", EnumSet.of(Role.HANDLER));
        EXPECTED.put("GET /cases/{id}/manuscripts", exploiters);
        EXPECTED.put("POST /cases/{id}/manuscripts", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT));
        EXPECTED.put("POST /cases/{id}/manuscripts/upload", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT));
        EXPECTED.put("POST /cases/{id}/manuscripts/rulings", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /cases/{id}/manuscripts/decision", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /cases/{id}/manuscripts/appeal", EnumSet.of(Role.HANDLER));
        EXPECTED.put("GET /api/cases/{id}/resettlement", exploiters);
        EXPECTED.put("POST /cases/{id}/protection/whereabouts", EnumSet.of(Role.PROTECTION));
        EXPECTED.put("POST /cases/{id}/protection/protected/{field}", EnumSet.of(Role.RESETTLEMENT));
        for (String path : List.of("/api/cases/{id}/resettlement", "/cases/{id}/resettlement")) {
            EXPECTED.put("POST " + path, EnumSet.of(Role.RESETTLEMENT));
            EXPECTED.put("POST " + path + "/milestones", EnumSet.of(Role.RESETTLEMENT));
        }
        EXPECTED.put("GET /api/trace", TRACERS);
        EXPECTED.put("POST /api/trace", TRACERS);
        EXPECTED.put("POST /api/compare", TRACERS);
        EXPECTED.put("POST /api/ingest", EnumSet.of(Role.ANALYST, Role.VETTING));
        EXPECTED.put("POST /api/tokens", PUBLIC);
        EXPECTED.put("POST /api/accounts", EnumSet.of(Role.ADMIN));
        EXPECTED.put("GET /api/accounts", EnumSet.of(Role.ADMIN));
        for (String act : List.of("confirmation", "withdrawal", "reset", "disabling", "enabling")) {
            EXPECTED.put("POST /api/accounts/{username}/" + act, EnumSet.of(Role.ADMIN));
        }
        EXPECTED.put("PUT /api/accounts/{username}/roles", EnumSet.of(Role.ADMIN));
        EXPECTED.put("GET /accounts", EnumSet.of(Role.ADMIN));
        EXPECTED.put("POST /accounts", EnumSet.of(Role.ADMIN));
        EXPECTED.put("POST /accounts/{username}/{action}", EnumSet.of(Role.ADMIN));
        EXPECTED.put("POST /api/accounts/{username}/revocation", EnumSet.of(Role.ADMIN));
        EXPECTED.put("POST /api/keys/{compartment}/rotation", EnumSet.of(Role.ADMIN));
        EXPECTED.put("PUT /api/cases/{id}/protected/{field}", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT));
        EXPECTED.put("GET /api/cases/{id}/protected/{field}", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT));
        EXPECTED.put("GET /audit", EnumSet.of(Role.AUDITOR));
        EXPECTED.put("GET /audit.csv", EnumSet.of(Role.AUDITOR));
        EXPECTED.put("GET /cases", READERS);
        EXPECTED.put("GET /cases.csv", READERS);
        EXPECTED.put("GET /study/today", READERS);
        EXPECTED.put("GET /tasks.csv", CASE_WORK);
        EXPECTED.put("GET /api/audit", EnumSet.of(Role.AUDITOR));
        EXPECTED.put("GET /api-docs", ALL);
        EXPECTED.put("GET /api-docs/swagger-config", ALL);
        EXPECTED.put("GET /api-docs.yaml", NONE);
        EXPECTED.put("GET /api-docs/ui", ALL);
        EXPECTED.put("GET /error", PUBLIC);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> endpoints() {
        return Endpoints.of(mappings);
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        List<String> endpoints = endpoints();
        assertThat(endpoints).as("endpoints without a row in the access matrix").allMatch(EXPECTED::containsKey);
        assertThat(EXPECTED.keySet())
                .as("rows of the access matrix without an endpoint")
                .allMatch(endpoints::contains);
    }

    @Test
    void everyCellIsAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String endpoint : endpoints()) {
            Set<Role> allowed = EXPECTED.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (Role role : Role.values()) {
                int status = request(method, path, "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT), role);
                boolean permitted = status != 401 && status != 403 && status != 302;
                boolean expected = allowed == PUBLIC || allowed.contains(role);
                cells++;
                if (permitted != expected) {
                    wrong.add(endpoint + " as " + role + ": " + status + ", expected "
                            + (expected ? "allowed" : "refused"));
                }
            }
            int anonymous = request(method, path, null, null);
            boolean expected = allowed == PUBLIC;
            boolean permitted = anonymous != 401 && anonymous != 403 && anonymous != 302;
            cells++;
            if (permitted != expected) {
                wrong.add(endpoint + " without signing in: " + anonymous);
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
        assertThat(cells).isEqualTo(EXPECTED.size() * (Role.values().length + 1));
    }

    private static String concrete(String pattern) {
        return Endpoints.concrete(pattern.replace("{id}", "gouzenko")
                .replace("{verb}", "accept")
                .replace("{compartment}", "MATRIX_TEST"));
    }

    /** The status of one request: the API with a bearer token, pages in a signed-in session with its CSRF token. */
    private int request(String method, String path, String user, Role role) {
        if (user != null) {
            account(user, role);
        }
        boolean api = path.startsWith("/api/") && !path.startsWith("/api-docs");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        String csrf = null;
        if (user != null && api) {
            request.header("Authorization", "Bearer " + token(user));
        } else if (user != null) {
            client = session(user);
            csrf = csrf(client);
        }
        if (method.equals("PUT")) {
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"));
        } else if (method.equals("POST")) {
            if (api) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
            } else {
                String form = csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
        } else {
            request.GET();
        }
        HttpResponse<String> response = send(client, request.build());
        if (response.statusCode() == 401 && !response.body().contains("Sign in first")) {
            return 400; // the endpoint's own answer (a wrong password), not a refusal at the door
        }
        if (response.statusCode() == 200 && response.uri().getPath().equals("/login") && !path.equals("/login")) {
            return 302; // sent to the sign-in page
        }
        return response.statusCode();
    }
}
