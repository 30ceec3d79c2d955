package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Each user's home page shows his work, his menu only what his roles open; the register finds cases by a name in
 * another spelling, and the register and the audit record go out as spreadsheets of what they show.
 */
class DeskTests extends RunningHaven {

    @Test
    void eachRoleSeesHisOwnWorkAndAMenuOfWhatHeMayOpen() {
        Map<Role, String> heading = new LinkedHashMap<>();
        heading.put(Role.RECEPTION, "Decisions due");
        heading.put(Role.HANDLER, "Your open tasks");
        heading.put(Role.ANALYST, "Contradictions to disposition");
        heading.put(Role.VETTING, "Vetting files");
        heading.put(Role.PROTECTION, "Threats and welfare");
        heading.put(Role.RESETTLEMENT, "Threats and welfare");
        heading.put(Role.AUDITOR, "Refusals");
        heading.put(Role.ADMIN, "Accounts");
        for (var e : heading.entrySet()) {
            String user = "desk-" + e.getKey().name().toLowerCase(java.util.Locale.ROOT);
            account(user, e.getKey());
            HttpResponse<String> home = getAs(user, "/");
            assertThat(home.statusCode()).as(user).isEqualTo(200);
            String menu = menu(home.body());
            assertThat(home.body()).as(user).contains(">" + e.getValue() + "</h2>");
            for (String link : hrefs(menu)) {
                HttpResponse<String> opened = getAs(user, link);
                assertThat(opened.statusCode())
                        .as("%s's menu offers %s", user, link)
                        .isLessThan(400);
            }
        }
        String admin = menu(getAs("desk-admin", "/").body());
        assertThat(admin).contains("/accounts").doesNotContain("/decisions").doesNotContain("/cases\"");
        String historian = menu(getAs(historian(), "/").body());
        assertThat(historian).contains("/study").doesNotContain("/decisions").doesNotContain("/accounts");
        assertThat(getAs(historian(), "/").body()).contains("The cases of the 1948 study");
    }

    @Test
    void theRegisterFindsACaseByAnotherSpellingAndExportsWhatItShows() {
        String found = getAs(historian(), "/cases?q=Koryakov").body();
        assertThat(found).contains("KORIAKOV").contains("1 case found");
        String past = getAs(historian(), "/cases?status=past&sort=name").body();
        assertThat(past).contains("page 1 of");

        HttpResponse<String> csv = getAs(historian(), "/cases.csv?q=Koryakov");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("\"id\",\"name\",\"live\",\"status\",\"when\",\"place\",\"officer\",\"otherNames\"");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("KORIAKOV");

        HttpResponse<String> backwards = getAs(historian(), "/cases?from=1940-01-01&to=1930-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
    }

    @Test
    void aLiveCaseIsInTheRegisterOfItsOfficersNotOfAHistorian() {
        openApproach("Boris REGISTROV", "Helsinki", "Finland", "FIELD", "the legation");
        assertThat(getAs(DUTY_OFFICER, "/cases?place=helsinki&status=live").body())
                .contains("Boris REGISTROV")
                .contains(DUTY_OFFICER);
        assertThat(getAs(historian(), "/cases?place=helsinki").body()).doesNotContain("REGISTROV");
        assertThat(getAs(DUTY_OFFICER, "/").body())
                .as("reception's desk: the nearest decisions, and how many wait")
                .containsPattern("\\d+ approach(es)? wait for a decision")
                .contains("href=\"/decisions\"");
    }

    @Test
    void theAuditRecordIsFilteredInAnyCaseByWordsAndDatesAndExported() {
        account("desk-auditor-2", Role.AUDITOR);
        account("nosy-historian", Role.HISTORIAN);
        assertThat(getAs("nosy-historian", "/audit").statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = send(java.net.http.HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("username", "nosy-historian", "password", "not his password"))))
                .build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        String page = getAs("desk-auditor-2", "/audit?action=sign+in+refused&actor=NOSY-historian")
                .body();
        assertThat(page).contains("sign in refused").contains("nosy-historian");
        String today = clock.instant().toString().substring(0, 10);
        String dated = getAs("desk-auditor-2", "/audit?actor=nosy&from=" + today + "&to=" + today)
                .body();
        assertThat(dated).contains("nosy-historian");
        String before =
                getAs("desk-auditor-2", "/audit?actor=nosy&to=2000-01-01").body();
        assertThat(before).doesNotContain("<td>nosy-historian</td>");
        HttpResponse<String> csv = getAs("desk-auditor-2", "/audit.csv?actor=nosy-historian&action=SignInRefused");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\"sequence\",\"at\",\"actor\"").contains("\"nosy-historian\"");
    }

    @Test
    void aRefusedApproachKeepsWhatWasTypedAndSaysBesideTheFieldWhatIsWrong() {
        HttpResponse<String> refused = form(
                DUTY_OFFICER,
                "/approaches",
                "nameGiven",
                "Pyotr KEPTOV",
                "place",
                "",
                "country",
                "Sweden",
                "setting",
                "MISSION_ABROAD",
                "recipient",
                "the legation",
                "offers",
                "the codes of 1946");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("value=\"Pyotr KEPTOV\"")
                .contains("value=\"Sweden\"")
                .contains("the codes of 1946</textarea>")
                .contains("id=\"place-error\"")
                .contains("The place is required")
                .doesNotContain("nameGiven is")
                .containsPattern("<option value=\"MISSION_ABROAD\" selected");
    }

    @Test
    void theFallbackOfALateDecisionIsAButtonOnDecisionsDue() {
        String id = openApproach("Ivan FALLBACKOV", "Oslo", "Norway", "MISSION_ABROAD", "the embassy");
        clock.advance(java.time.Duration.ofDays(3));
        String due = getAs(DUTY_OFFICER, "/decisions").body();
        assertThat(due).contains("/cases/" + id + "/custody-pending-decision");
        assertThat(due.indexOf("Record an approach"))
                .as("the approach form comes first")
                .isLessThan(due.indexOf("Open approaches"));
        long version =
                body(getAs(DUTY_OFFICER, "/api/cases/" + id)).get("version").asLong();
        HttpResponse<String> taken =
                form(DUTY_OFFICER, "/cases/" + id + "/custody-pending-decision", "version", Long.toString(version));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(taken.body()).contains("Taken into protective custody pending decision");
        assertThat(body(getAs(DUTY_OFFICER, "/api/cases/" + id)).toString()).contains("custodyPendingDecision\":true");
    }

    @Test
    void aBrowserMeetsAProblemInHavensFrameAnApiClientGetsTheProblemBody() {
        String user = historian();
        for (String path : List.of("/cases?from=2000-01-02&to=2000-01-01", "/cases?from=yesterday", "/no/such/page")) {
            HttpResponse<String> page = send(
                    session(user),
                    java.net.http.HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html,application/xhtml+xml")
                            .GET()
                            .build());
            assertThat(page.statusCode()).as(path).isBetween(400, 404);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body())
                    .as(path)
                    .contains("<nav id=\"main-menu\"")
                    .contains("your desk")
                    .doesNotContain("\"type\":");
        }
        assertThat(send(
                                session(user),
                                java.net.http.HttpRequest.newBuilder(uri("/cases?from=2000-01-02&to=2000-01-01"))
                                        .header("Accept", "text/html")
                                        .GET()
                                        .build())
                        .body())
                .contains("The date range ends (2000-01-01) before it begins (2000-01-02)");
        HttpResponse<String> api = getAs(user, "/api/cases/no-such-case");
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void theStudysQuestionsAreAskedOfTodaysCasesBesideThe1948Figures() {
        openApproach("Oleg TODAYEV", "Reykjavik", "Iceland", "MISSION_ABROAD", "the consulate in Reykjavik");
        String today = getAs(DUTY_OFFICER, "/study/today").body();
        assertThat(today)
                .contains("Where they came (country)")
                .contains("Iceland: 1")
                .contains("the consulate in Reykjavik: 1")
                .contains("Recalled to the USSR before defecting")
                .contains("unknown for every case")
                .contains("Recalled to the USSR immediately before defecting: 9 of 20");
        String drill = getAs(DUTY_OFFICER, "/study/today?question=where-defected&group=Iceland")
                .body();
        assertThat(drill).contains("Where they came (country): Iceland").contains("Oleg TODAYEV");
        assertThat(getAs(historian(), "/study/today").body())
                .as("a historian reads no live case")
                .contains("asked of the 0 live cases")
                .doesNotContain("TODAYEV");
        assertThat(getAs(DUTY_OFFICER, "/study/today?question=nothing").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theOpenTasksGoOutAsASpreadsheet() {
        HttpResponse<String> csv =
                getAs(DUTY_OFFICER, "/tasks.csv?owner=" + DUTY_OFFICER.toUpperCase(java.util.Locale.ROOT));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\"due\",\"overdue\",\"task\",\"kind\",\"owner\",\"case\",\"caseName\"");
        assertThat(getAs(historian(), "/tasks.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void aSpreadsheetCellThatWouldBeAFormulaIsNeutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("KORIAKOV")).isEqualTo("KORIAKOV");
        assertThat(Csv.cell(null)).isEmpty();
    }

    private String historian() {
        account("desk-historian", Role.HISTORIAN);
        return "desk-historian";
    }

    private static String menu(String page) {
        int start = page.indexOf("<nav id=\"main-menu\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }

    private static java.util.List<String> hrefs(String html) {
        java.util.List<String> found = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
