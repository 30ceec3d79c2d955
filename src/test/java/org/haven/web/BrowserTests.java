package org.haven.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.haven.RunningHaven;
import org.haven.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The officer's desk in a real headless Chromium (the Debian package's, never a downloaded one), against Haven
 * started for real: the main journeys, with screenshots of the main pages in {@code target/screenshots/}.
 */
class BrowserTests extends RunningHaven {

    private static final Path CHROMIUM = Path.of(System.getProperty("haven.test.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void chromium() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium): browser tests skipped");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.onRequest(r -> requests.add(r.url()));
        page.onConsoleMessage(m -> {
            // A refused move is answered 409 on purpose; failed requests are checked below, by what they were.
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onResponse(r -> {
            // A page's own request refused with a problem body is an answer the page shows, not a fault.
            boolean answered = "fetch".equals(r.request().resourceType())
                    && String.valueOf(r.headers().get("content-type")).startsWith("application/problem+json");
            if (r.status() >= 400 && !"document".equals(r.request().resourceType()) && !answered) {
                consoleErrors.add(r.status() + " for " + r.url());
            }
        });
    }

    @AfterEach
    void everythingCameFromHavenItself() {
        if (page != null) {
            page.close();
        }
        String origin = "http://localhost:" + port + "/";
        assertThat(requests).allMatch(url -> url.startsWith(origin) || url.startsWith("data:"), "served by Haven");
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /** Signs in through the sign-in page, as an officer does. */
    private void signIn(String user) {
        account(user);
        page.navigate(at("/login"));
        assertThat(page).hasTitle("Sign in · Haven");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("form.signed-in")).containsText("Signed in as " + user);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("You have signed out");
    }

    private String at(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Test
    void aNewcomerFindsTheCasesAndFollowsAChartBarDownToThePassage() {
        page.navigate(at("/"));
        assertThat(page).hasTitle("Sign in · Haven");
        screenshot("sign-in");
        account("historian-1", Role.HISTORIAN);
        signIn("historian-1");
        page.navigate(at("/"));
        assertThat(page).hasTitle("Cases and the 1948 study · Haven");
        assertThat(page.locator("#cases tbody tr")).hasCount(19);
        assertThat(page.locator("main")).containsText("19 cases of 20 defectors");
        screenshot("home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the study as charts"))
                .click();
        assertThat(page).hasTitle("The 1948 study as charts · Haven");
        var perYear = page.locator("#chart-defections-per-year .chart-canvas");
        assertThat(perYear.locator("svg")).isVisible();
        page.waitForFunction("el => echarts.getInstanceByDom(el) !== undefined", perYear.elementHandle());
        screenshot("study-charts");

        // A real click on the tallest bar of "Defections per year", found where ECharts drew it.
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) page.evaluate("""
                element => {
                  const chart = echarts.getInstanceByDom(element);
                  const data = chart.getOption().series[0].data;
                  let best = 0;
                  data.forEach((d, i) => { if (d.value > data[best].value) best = i; });
                  const [x, y] = chart.convertToPixel({seriesIndex: 0}, [best, data[best].value / 2]);
                  const box = element.getBoundingClientRect();
                  return {x: box.left + x, y: box.top + y, name: data[best].name, value: data[best].value};
                }""", perYear.elementHandle());
        page.mouse().click(((Number) bar.get("x")).doubleValue(), ((Number) bar.get("y")).doubleValue());
        page.waitForURL(Pattern.compile(".*/study/defections-per-year\\?group=.*"));
        assertThat(page.locator("h1")).containsText("Defections per year: " + bar.get("name"));
        assertThat(page.locator("main")).containsText(bar.get("value") + " defector");
        assertThat(page.locator("main blockquote").first()).isVisible();
        screenshot("study-figure-group");

        // From the group to a case, and its timeline with dates as precise as the study gives them.
        page.locator("main table a").first().click();
        assertThat(page.locator("#timeline-heading")).isVisible();
        assertThat(page.locator("ol.timeline time").first()).hasText(Pattern.compile("^\\d{4}(-\\d{2})?(-\\d{2})?$"));
        screenshot("historical-case");
    }

    @Test
    void anApproachIsRecordedSeenInDecisionsDueAndAcceptedByASecondOfficer() {
        signIn("officer-a");
        page.navigate(at("/decisions"));
        assertThat(page).hasTitle("Decisions due · Haven");
        page.getByLabel("Name he gives").fill("Ivan BROWSEROV");
        page.getByLabel("Place").fill("Istanbul");
        page.getByLabel("Country").fill("Turkey");
        page.getByLabel("Where he was received").selectOption("MISSION_ABROAD");
        page.getByLabel("To whom he turned").fill("the British Consulate-General");
        page.getByLabel("What he offers").fill("the names of agents in Istanbul");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the approach"))
                .click();
        assertThat(page.locator("h1")).hasText("Ivan BROWSEROV");
        assertThat(page.locator("[role=status]")).containsText("Approach recorded");
        String caseUrl = page.url();

        page.navigate(at("/decisions"));
        var row = page.locator("#due tbody tr", new Page.LocatorOptions().setHasText("Ivan BROWSEROV"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Istanbul, Turkey (mission abroad)");
        screenshot("decisions-due");

        page.navigate(caseUrl);
        page.getByLabel("Move").selectOption("accept");
        page.getByLabel("Reason").fill("his account checks out against the registry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the move"))
                .click();
        assertThat(page.locator(".pending")).containsText("Awaiting a second officer: accept");

        // The proposer is not offered his own proposal to approve: a second officer must.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as a second officer")))
                .hasCount(0);
        assertThat(page.locator("#approval-note")).containsText("You proposed it: a second officer");
        assertThat(page.locator("#case-status")).hasText("approached");
        assertThat(page.locator("#track-vetting")).containsText("not begun");

        signOut();
        signIn("officer-b");
        page.navigate(caseUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as a second officer"))
                .click();
        assertThat(page.locator("#case-status")).hasText("accepted");
        assertThat(page.locator("#track-reception")).containsText("accepted");
        var timeline = page.locator("ol.timeline");
        assertThat(timeline).containsText("Approach recorded");
        assertThat(timeline).containsText("Defector accepted");
        screenshot("case");

        page.navigate(at("/decisions"));
        assertThat(page.locator("#due")).not().containsText("Ivan BROWSEROV");
        assertThat(page.locator(
                        "section[aria-labelledby=live-heading] tr",
                        new Page.LocatorOptions().setHasText("Ivan BROWSEROV")))
                .containsText("accepted");
    }

    /** Signs in as an officer who holds only the given roles. */
    private void signInAs(String user, Role... roles) {
        account(user, roles);
        signIn(user);
    }

    private void makeMove(String verb, String reason) {
        page.getByLabel("Move").selectOption(verb);
        page.getByLabel("Reason").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the move"))
                .click();
    }

    private Locator approveButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as a second officer"));
    }

    @Test
    void theTracksRunSideBySideEachMoveInTheHandsOfItsOwnOfficers() {
        signInAs("reception-a", Role.RECEPTION);
        page.navigate(at("/decisions"));
        page.getByLabel("Name he gives").fill("Grigori TRACKOV");
        page.getByLabel("Place").fill("Berlin");
        page.getByLabel("Country").fill("Germany");
        page.getByLabel("Where he was received").selectOption("FIELD");
        page.getByLabel("To whom he turned").fill("the Canadians");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the approach"))
                .click();
        assertThat(page.locator("h1")).hasText("Grigori TRACKOV");
        String caseUrl = page.url();
        assertThat(caseUrl).doesNotContainIgnoringCase("trackov");
        // A reception officer is offered reception's moves only; the others are named with their officers.
        assertThat(page.locator("#verb option")).hasText(new String[] {
            "accept — reception (needs a second officer)", "decline — reception", "mark-lost — reception"
        });
        makeMove("accept", "a genuine offer from the field");
        signOut();
        signInAs("reception-b", Role.RECEPTION);
        page.navigate(caseUrl);
        approveButton().click();
        assertThat(page.locator("#track-reception")).containsText("accepted");
        signOut();

        signInAs("protection-a", Role.PROTECTION);
        page.navigate(caseUrl);
        assertThat(page.locator("#verb option"))
                .hasText(new String[] {"take-into-protective-custody — custody and protection"});
        assertThat(page.locator("main")).containsText("begin-vetting (vetting officer)");
        makeMove("take-into-protective-custody", "a safe house in the British zone");
        assertThat(page.locator("#track-custody")).containsText("in protective custody");
        signOut();

        signInAs("vetting-a", Role.VETTING);
        page.navigate(caseUrl);
        // Bad input: a reason of blanks is refused with the reason, the case left as it was.
        makeMove("begin-vetting", "   ");
        assertThat(page.locator("[role=alert]")).containsText("reason is required");
        assertThat(page.locator("#track-vetting")).containsText("not begun");
        makeMove("begin-vetting", "check his story against the registry");
        // Vetting is concluded on a written conclusion, nothing less.
        makeMove("conclude-vetting", "he seems fine");
        assertThat(page.locator("[role=alert]")).containsText("propose it on the case's vetting page");
        assertThat(page.locator("#track-vetting")).containsText("under vetting");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("his vetting: hypotheses, checklists, conclusion"))
                .click();
        page.locator("#conclusion-judgement").fill("   ");
        page.getByLabel("Confidence").selectOption("LIKELY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the conclusion"))
                .click();
        assertThat(page.locator("[role=alert]")).containsText("a conclusion needs its judgement");
        page.locator("#conclusion-judgement").fill("his account stands against every other source");
        page.getByLabel("Confidence").selectOption("LIKELY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the conclusion"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Conclusion proposed");
        page.navigate(caseUrl);
        assertThat(page.locator(".pending")).containsText("Awaiting a second officer: conclude-vetting");
        signOut();

        // A protection officer sees the proposal but is not offered it to approve.
        signInAs("protection-a", Role.PROTECTION);
        page.navigate(caseUrl);
        assertThat(approveButton()).hasCount(0);
        assertThat(page.locator("#approval-note")).hasText("Approval is for a vetting officer.");
        screenshot("case-tracks-protection-officer");
        signOut();

        signInAs("vetting-b", Role.VETTING);
        page.navigate(caseUrl);
        approveButton().click();
        assertThat(page.locator("#track-vetting")).containsText("vetting concluded");
        assertThat(page.locator("#track-exploitation")).containsText("not begun");
        signOut();

        // Vetted first, he can still be debriefed: the tracks do not end one another.
        signInAs("handler-a", Role.HANDLER);
        page.navigate(caseUrl);
        makeMove("begin-exploitation", "debriefs begin");
        assertThat(page.locator("#track-exploitation")).containsText("in exploitation");
        assertThat(page.locator("#track-vetting")).containsText("vetting concluded");
        assertThat(page.locator("#track-custody")).containsText("in protective custody");
        assertThat(page.locator("ol.timeline")).containsText("Vetting concluded");
        assertThat(page.locator("ol.timeline")).containsText("Proposed: conclude-vetting");
        assertThat(page.locator("ol.timeline")).containsText("“his account stands against every other source”");
        // A live case is not a record of the 1948 study: none of its questions stand on his page.
        assertThat(page.locator("main")).not().containsText("What is known of");
        screenshot("case-tracks");
        // The same page, and the desk, on a phone.
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("#track-exploitation")).isVisible();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the case page's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("case-tracks-phone");
        page.navigate(at("/decisions"));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the desk's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("decisions-phone");
    }

    /**
     * A case officer opens the debriefing of a case whose file has come in: the claims and their flags, filtered to
     * the ones that grew; he rejects the liaison service's contradiction of the man's rank, which, the service being
     * measured above the man, waits for a second officer; a second case officer approves it.
     */
    @Test
    void aHandlerReadsTheClaimsRejectsAContradictionAndASecondOfficerApprovesIt() throws Exception {
        account("handler-claims-1", Role.HANDLER);
        account("handler-claims-2", Role.HANDLER);
        String file;
        try (var in = BrowserTests.class.getResourceAsStream("/case-files/testov.json")) {
            file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String caseId = body(postAs("handler-claims-1", "/api/case-files", file))
                .get("caseId")
                .asString();

        signIn("handler-claims-1");
        page.navigate(at("/cases/" + caseId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("his claims, sources and contradictions"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Claims").setExact(true)))
                .isVisible();
        assertThat(page.locator("table.claims")).containsText("Michel KORIAKOFF");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^grew \\(")))
                .click();
        assertThat(page.locator("table.claims")).containsText("agents named");
        assertThat(page.locator("table.claims")).not().containsText("recalled before defecting");
        screenshot("claims");

        Locator rank = page.locator("ul.contradictions > li")
                .filter(new Locator.FilterOptions().setHasText("Pyotr TESTOV / rank"));
        assertThat(rank).containsText("Open: awaiting a disposition");
        // A reason of blanks is no reason: refused, said on the page, nothing kept.
        rank.getByLabel("Disposition").selectOption("ACCEPTED");
        rank.getByLabel("Reason").fill("   ");
        rank.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disposition"))
                .click();
        assertThat(page.locator("[role=alert]")).containsText("a disposition needs its reason");
        rank = page.locator("ul.contradictions > li")
                .filter(new Locator.FilterOptions().setHasText("Pyotr TESTOV / rank"));
        assertThat(rank).containsText("Open: awaiting a disposition");
        rank.getByLabel("Disposition").selectOption("REJECTED");
        rank.getByLabel("Reason").fill("the liaison report predates his promotion");
        rank.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disposition"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("a second officer must approve");
        rank = page.locator("ul.contradictions > li")
                .filter(new Locator.FilterOptions().setHasText("Pyotr TESTOV / rank"));
        assertThat(rank).containsText("awaits a second officer");
        signOut();

        signIn("handler-claims-2");
        page.navigate(at("/cases/" + caseId + "/claims"));
        rank = page.locator("ul.contradictions > li")
                .filter(new Locator.FilterOptions().setHasText("Pyotr TESTOV / rank"));
        rank.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Approve the rejection (second officer)"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Approved by handler-claims-2");
        assertThat(page.locator("ul.contradictions")).containsText("approved by handler-claims-2");
        // The same page on a phone: everything within its width.
        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the claims page's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("claims-phone");
    }

    /**
     * A handler opens a live case's debriefing record and records a session row by row (a refused row comes back as
     * he typed it); an analyst adds a liaison service, its report, sends a lead and records that it was refused;
     * the claims page flags what the story implies and the source's page draws its record; on a phone too.
     */
    @Test
    void aHandlerRecordsASessionAndAnAnalystFollowsItUpWithAReportAndALead() {
        account("handler-debrief", Role.HANDLER);
        account("analyst-debrief", Role.ANALYST);
        java.util.Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", "Anton SESSIONOV");
        approach.put("place", "Vienna");
        approach.put("country", "Austria");
        approach.put("setting", "FIELD");
        approach.put("recipient", "the British Element");
        String caseId = body(postAs(DUTY_OFFICER, "/api/approaches", approach))
                .get("id")
                .asString();

        signIn("handler-debrief");
        page.navigate(at("/cases/" + caseId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("His debriefing: sessions, reports, leads"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open his debriefing record"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("His debriefing record is open");
        page.getByLabel("Place").fill("a safe house near Graz");
        page.getByLabel("statement 1: subject").fill("Anton SESSIONOV");
        page.getByLabel("statement 1: property").fill("rank");
        page.getByLabel("statement 1: value").fill("captain");
        page.getByLabel("statement 1: how it was asked").selectOption("FREE_RECALL");
        page.getByLabel("statement 1: his words").fill("I was a captain of the MVD");
        page.getByLabel("statement 2: subject").fill("Anton SESSIONOV");
        page.getByLabel("statement 2: property").fill("agents named");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the session"))
                .click();
        // The second row has no value: refused, and what he typed is still there.
        assertThat(page.locator("[role=alert]")).containsText("statement 2: a subject, a property and a value");
        assertThat(page.getByLabel("statement 1: his words")).hasValue("I was a captain of the MVD");
        assertThat(page.getByLabel("Place")).hasValue("a safe house near Graz");
        page.getByLabel("statement 2: value").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the session"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Recorded: session 1, 2 statements.");
        assertThat(page.locator("article.entry").first()).containsText("I was a captain of the MVD");
        screenshot("debriefs");
        signOut();

        signIn("analyst-debrief");
        page.navigate(at("/cases/" + caseId + "/debriefs"));
        page.getByText("Add a source").click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("a liaison service");
        page.getByLabel("Kind").selectOption("LIAISON");
        page.getByLabel("Declared reliability").selectOption("B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the source"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Source added: a liaison service");
        page.getByLabel("report statement 1: subject").fill("SESSIONOV");
        page.getByLabel("report statement 1: property").fill("rank");
        page.getByLabel("report statement 1: value").fill("lieutenant");
        page.getByLabel("report statement 1: credibility").selectOption("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the report"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Recorded: a report of 1 statement.");

        page.getByLabel("Statement to check").selectOption("s1");
        page.getByLabel("Owner").fill("analyst-debrief");
        page.getByLabel("Due")
                .fill(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                        .plusDays(10)
                        .toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the lead"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Lead L1 sent to analyst-debrief");
        assertThat(page.locator("table.leads")).containsText("on analyst-debrief's tasks");
        page.getByLabel("Lead", new Page.GetByLabelOptions().setExact(true)).selectOption("L1");
        page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true)).selectOption("REFUTED");
        page.getByLabel("Evidence").fill("the liaison service's personnel list has him as a lieutenant");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outcome"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Lead L1: refuted.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("His claims, flagged"))
                .click();
        Locator rank = page.locator("table.claims tbody tr").filter(new Locator.FilterOptions().setHasText("rank"));
        assertThat(rank).containsText("contradicted");
        assertThat(rank).containsText("refuted");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Anton SESSIONOV").setExact(true))
                .click();
        assertThat(page.locator("#measured")).containsText("1 refuted");
        assertThat(page.locator("#source-chart svg")).hasCount(1);
        screenshot("source");
        page.setViewportSize(390, 844);
        page.navigate(at("/cases/" + caseId + "/debriefs"));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the debriefing page's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("debriefs-phone");
    }

    /**
     * A vetting officer weighs the hypotheses in the matrix by keyboard and mouse: adds his own argument, rates the
     * row, sees the ranks and the linchpin; proposes the conclusion; a second vetting officer approves it on the same
     * page, and the case's vetting is concluded. On a phone the matrix scrolls within its frame.
     */
    @Test
    void aVettingOfficerWeighsTheHypothesesAndASecondOneApprovesTheConclusion() {
        account("vetting-matrix-1", Role.VETTING);
        account("vetting-matrix-2", Role.VETTING);
        account("reception-matrix-1", Role.RECEPTION);
        account("reception-matrix-2", Role.RECEPTION);
        java.util.Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", "Yuri MATRIKOV");
        approach.put("place", "Stockholm");
        approach.put("country", "Sweden");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the British Legation");
        String id = body(postAs("reception-matrix-1", "/api/approaches", approach))
                .get("id")
                .asString();
        java.util.function.LongSupplier version =
                () -> body(get("/api/cases/" + id)).get("version").asLong();
        postAs(
                "reception-matrix-1",
                "/api/cases/" + id + "/moves/accept",
                java.util.Map.of("reason", "received", "version", version.getAsLong()));
        postAs(
                "reception-matrix-2",
                "/api/cases/" + id + "/approval",
                java.util.Map.of("version", version.getAsLong()));
        postAs(
                "vetting-matrix-1",
                "/api/cases/" + id + "/moves/begin-vetting",
                java.util.Map.of("reason", "his bona fides", "version", version.getAsLong()));

        signIn("vetting-matrix-1");
        page.navigate(at("/cases/" + id));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("his vetting: hypotheses, checklists, conclusion"))
                .click();
        assertThat(page.locator("table.matrix thead")).containsText("a plant sent to penetrate");
        page.getByLabel("The premise at the start was").selectOption("H3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the premise"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("The premise at the start is recorded");
        page.getByText("Add an evidence row").click();
        page.getByLabel("Or in words").fill("he brought the residency's cipher tables");
        page.getByLabel("Relevance").selectOption("HIGH");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the row"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Evidence row added");
        page.getByLabel("your rating of E1 against H1").selectOption("CC");
        page.getByLabel("your rating of E1 against H3").selectOption("I");
        page.getByLabel("your rating of E1 against H5").selectOption("II");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ratings"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("3 ratings added under your name");
        assertThat(page.locator("#leading")).containsText("the evidence no longer points there");
        assertThat(page.locator("ul.linchpins")).containsText("E1: without it, every hypothesis ranks first alike");
        // POP draws on the hostile service's past practice, from the archive.
        assertThat(page.locator("main")).containsText("a planted document");
        page.locator("#conclusion-judgement").fill("genuine: what he brought no plant would be given");
        page.getByLabel("Confidence").selectOption("VERY_LIKELY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the conclusion"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Conclusion proposed");
        // He cannot be his own second officer: the page does not offer it.
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as the second vetting officer")))
                .hasCount(0);
        screenshot("vetting");
        signOut();

        signIn("vetting-matrix-2");
        page.navigate(at("/cases/" + id + "/vetting"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as the second vetting officer"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("he is no longer treated as a suspect");
        assertThat(page.locator("ol.conclusions")).containsText("standing");
        page.navigate(at("/cases/" + id));
        assertThat(page.locator("#track-vetting")).containsText("vetting concluded");
        page.setViewportSize(390, 844);
        page.navigate(at("/cases/" + id + "/vetting"));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the vetting page's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("vetting-phone");
    }

    /**
     * The threat board walked by its officers: a protection officer reports an extradition request and sees it
     * flagged until he takes a measure; a handler's journal, then days with no contact raise the idle alert; a
     * resettlement officer asks to see the cover identity: one custodian's approval does not show it, the second's
     * does, and when the time ends it is gone.
     */
    @org.springframework.beans.factory.annotation.Autowired
    org.haven.protection.WelfareWatch welfare;

    @Test
    void aThreatIsMeasuredAnIdleStretchAlertsAndARevealNeedsTwoCustodians() {
        for (String[] who : new String[][] {
            {"board-protection", "PROTECTION"},
            {"board-handler", "HANDLER"},
            {"board-custodian-1", "RESETTLEMENT"},
            {"board-custodian-2", "RESETTLEMENT"}
        }) {
            if (!accounts.exists(who[0])) {
                accounts.create(
                        who[0],
                        PASSWORD,
                        java.util.EnumSet.of(Role.valueOf(who[1])),
                        org.haven.security.Clearance.parse("SECRET&RECEPTION&RESETTLEMENT&PROTECTION"),
                        false);
            }
        }
        if (!accounts.exists("board-resettler")) {
            accounts.create(
                    "board-resettler",
                    PASSWORD,
                    java.util.EnumSet.of(Role.RESETTLEMENT, Role.RECEPTION),
                    org.haven.security.Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"),
                    false);
        }
        java.util.Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", "Kirill BOARDOV");
        approach.put("place", "Ottawa");
        approach.put("country", "Canada");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the RCMP");
        String id = body(postAs("board-resettler", "/api/approaches", approach))
                .get("id")
                .asString();
        send(java.net.http.HttpRequest.newBuilder(uri("/api/cases/" + id + "/protected/cover-identity"))
                .header("Authorization", "Bearer " + token("board-resettler"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\": \"Mr Peter GREY of Kingston\"}"))
                .build());

        signIn("board-protection");
        page.navigate(at("/cases/" + id));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("his protection: threats, measures, welfare"))
                .click();
        page.getByLabel("Report a threat: type").selectOption("EXTRADITION_REQUEST");
        page.getByLabel("Note").fill("charged with theft from the embassy");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the threat"))
                .click();
        assertThat(page.locator("#unmeasured")).containsText("No measure and no decision: T1");
        page.getByLabel("Measure", new Page.GetByLabelOptions().setExact(true)).selectOption("LEGAL_DEFENCE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the measure"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Measure recorded");
        assertThat(page.locator("#unmeasured")).hasCount(0);
        assertThat(page.locator("table.threats")).containsText("M1");
        signOut();

        signIn("board-handler");
        page.navigate(at("/cases/" + id + "/protection"));
        page.getByLabel("Contact", new Page.GetByLabelOptions().setExact(true)).fill("he asks after his mother");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the contact"))
                .click();
        assertThat(page.locator("ol.timeline")).containsText("he asks after his mother");
        clock.advance(java.time.Duration.ofDays(4));
        welfare.review();
        page.reload();
        assertThat(page.locator("main")).containsText("Idle: 4 days with no contact and no work");
        signOut();

        signIn("board-resettler");
        page.navigate(at("/cases/" + id + "/protection"));
        page.getByLabel("Purpose").fill("to arrange his pension");
        page.getByLabel("For hours").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the reveal"))
                .click();
        assertThat(page.locator("table.reveals")).containsText("requested");
        signOut();
        signIn("board-custodian-1");
        page.navigate(at("/cases/" + id + "/protection"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as custodian"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("one custodian has approved, a second must");
        signOut();
        signIn("board-resettler");
        page.navigate(at("/cases/" + id + "/protection"));
        assertThat(page.locator(".revealed")).hasCount(0);
        signOut();
        signIn("board-custodian-2");
        page.navigate(at("/cases/" + id + "/protection"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as custodian"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("The reveal is granted");
        signOut();
        signIn("board-resettler");
        page.navigate(at("/cases/" + id + "/protection"));
        assertThat(page.locator(".revealed")).hasText("Mr Peter GREY of Kingston");
        screenshot("protection");
        clock.advance(java.time.Duration.ofHours(3));
        page.reload();
        assertThat(page.locator(".revealed")).hasCount(0);
        assertThat(page.locator("table.reveals")).containsText("expired");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the threat board's width on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("protection-phone");
    }

    /**
     * A handler submits his memoir, pasted; Haven marks the name the registry holds under a label; a protection
     * officer redacts it with its reason and decides; a PDF of another chapter is read the same way, and a file that is
     * neither text nor PDF is refused on the page.
     */
    @Test
    void aMemoirsProtectedNameIsProposedForRedactionAndRuled() {
        for (String[] who : new String[][] {{"memoir-handler-b", "HANDLER"}, {"memoir-reviewer-b", "PROTECTION"}}) {
            if (!accounts.exists(who[0])) {
                accounts.create(
                        who[0],
                        PASSWORD,
                        java.util.EnumSet.of(Role.valueOf(who[1]), Role.RECEPTION),
                        org.haven.security.Clearance.parse("TOP_SECRET&RECEPTION&RESETTLEMENT"),
                        false);
            }
        }
        java.util.Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", "Gennadi HUSHOV");
        approach.put("place", "Bern");
        approach.put("country", "Switzerland");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the British Legation");
        postAs("memoir-handler-b", "/api/approaches", approach);
        approach.put("nameGiven", "Lev WRITEROV");
        String id = body(postAs("memoir-handler-b", "/api/approaches", approach))
                .get("id")
                .asString();

        signIn("memoir-handler-b");
        page.navigate(at("/cases/" + id));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("what he writes: manuscripts under review"))
                .click();
        page.getByLabel("Title").fill("Chapter one");
        page.getByLabel("Its text").fill("At the legation Gennadi HUSHOV kept the codes; I kept my silence.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("1 passages proposed for review");
        assertThat(page.locator(".manuscript-text mark")).hasText("Gennadi HUSHOV");
        // Neither text nor PDF: refused, said on the page.
        page.getByLabel("Title").fill("A picture");
        page.getByLabel("Or a PDF")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "picture.pdf", "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.locator("[role=alert]")).containsText("not one");
        signOut();

        signIn("memoir-reviewer-b");
        page.navigate(at("/cases/" + id + "/manuscripts"));
        page.getByLabel("ruling of passage 1").selectOption("REDACTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rule"))
                .click();
        assertThat(page.locator("[role=alert]")).containsText("a redaction gives its reason code");
        page.getByLabel("ruling of passage 1").selectOption("REDACTED");
        page.getByLabel("reason for passage 1").selectOption("NAMES_A_PROTECTED_PERSON");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rule"))
                .click();
        assertThat(page.locator("table.passages")).containsText("redacted (names a protected person)");
        page.getByLabel("Decision, with its reasons").fill("publishable without the name");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("the decision goes back to him");
        screenshot("manuscripts");
    }

    @Test
    void aNameIsTracedInAnySpelling() {
        account("analyst-1", Role.ANALYST);
        signIn("analyst-1");
        page.navigate(at("/trace"));
        assertThat(page).hasTitle("Trace a name · Haven");
        page.getByLabel("Name, in any spelling or script").fill("KRAVCIIENKO, Victor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trace"))
                .click();
        assertThat(page.locator("tbody tr").first()).containsText("Victor KRAVCHENKO");
        assertThat(page.locator("tbody tr").first()).containsText("match");
        screenshot("trace");
    }

    @Test
    void theLinkChartConnectsDefectorsToServicesPlacesAndReceivers() {
        account("analyst-1", Role.ANALYST);
        signIn("analyst-1");
        page.navigate(at("/links"));
        assertThat(page).hasTitle("Who is connected to whom · Haven");
        page.waitForFunction("() => window.havenCytoscape && window.havenCytoscape.nodes().length > 0");
        Number defectors = (Number) page.evaluate("() => window.havenCytoscape.nodes('[kind = \"defector\"]').length");
        Number links = (Number) page.evaluate("() => window.havenCytoscape.edges().length");
        assertThat(defectors.intValue()).isEqualTo(20);
        assertThat(links.intValue()).isGreaterThan(20);
        screenshot("links");
    }

    /** The width of the page's content: no more than the viewport's, or the page scrolls sideways. */
    private int contentWidth() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void everyKindOfUserFindsHisWorkFromHisDeskOnAScreenAndOnAPhone() {
        Map<Role, String> work = new java.util.LinkedHashMap<>();
        work.put(Role.RECEPTION, "Decisions due");
        work.put(Role.HANDLER, "Your open tasks");
        work.put(Role.ANALYST, "Contradictions to disposition");
        work.put(Role.VETTING, "Vetting files");
        work.put(Role.PROTECTION, "Threats and welfare");
        work.put(Role.RESETTLEMENT, "Threats and welfare");
        work.put(Role.AUDITOR, "Refusals");
        work.put(Role.HISTORIAN, "Defectors from the USSR, 1927–1947");
        work.put(Role.ADMIN, "Accounts");
        for (var e : work.entrySet()) {
            String role = e.getKey().name().toLowerCase(java.util.Locale.ROOT);
            page.setViewportSize(1280, 900);
            signInAs("desk-walk-" + role, e.getKey());
            assertThat(page.locator("h1")).containsText("desk");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(e.getValue())))
                    .isVisible();
            // (Every link of his menu opening a page is proven over HTTP, role by role, in DeskTests.)
            assertThat(page.locator("#main-menu a").first()).hasText("Desk");
            screenshot("desk-" + role);
            page.setViewportSize(390, 844);
            assertThat(page.locator("#main-menu")).isHidden();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                    .click();
            assertThat(page.locator("#main-menu")).isVisible();
            org.assertj.core.api.Assertions.assertThat(contentWidth())
                    .as("%s's desk on a phone", role)
                    .isLessThanOrEqualTo(390);
            screenshot("desk-" + role + "-phone");
            page.setViewportSize(1280, 900);
            signOut();
        }
    }

    @Test
    void noPageIsWiderThanAPhone() {
        signInAs("phone-admin", Role.ADMIN);
        page.setViewportSize(390, 844);
        page.navigate(at("/accounts"));
        org.assertj.core.api.Assertions.assertThat(contentWidth())
                .as("/accounts")
                .isLessThanOrEqualTo(390);
        screenshot("phone-accounts");
        page.setViewportSize(1280, 900);
        signOut();
        signIn("officer-a");
        page.setViewportSize(390, 844);
        for (String path : List.of(
                "/",
                "/cases",
                "/cases?q=Koryakov",
                "/decisions",
                "/study",
                "/study/where-defected",
                "/study/today",
                "/links",
                "/trace?name=KRAVCHENKO",
                "/ingest",
                "/audit",
                "/cases/gouzenko",
                "/no/such/page")) {
            page.navigate(at(path));
            org.assertj.core.api.Assertions.assertThat(contentWidth()).as(path).isLessThanOrEqualTo(390);
            screenshot("phone" + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    @Test
    void twoAdministratorsEnrolAnOfficerWhoAloneHoldsBothHalvesOfHisPassword() {
        signInAs("enrol-admin-a", Role.ADMIN);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Accounts").setExact(true))
                .first()
                .click();
        var create = page.locator("section[aria-labelledby=new-heading]");
        create.getByLabel("User name").fill("enrolled-officer");
        create.getByLabel("case officer", new Locator.GetByLabelOptions().setExact(true))
                .check();
        create.getByLabel("Clearance", new Locator.GetByLabelOptions().setExact(true))
                .fill("SECRET");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create; a second administrator confirms"))
                .click();
        String first = page.locator(".half code").textContent();
        org.assertj.core.api.Assertions.assertThat(first).matches("[0-9a-f]{16}");
        assertThat(page.locator("main")).containsText("Waiting for a second administrator");
        assertThat(page.locator("main")).containsText("another administrator confirms");
        screenshot("accounts-first-half");
        signOut();

        signInAs("enrol-admin-b", Role.ADMIN);
        assertThat(page.locator("#work-accounts")).containsText("yours to confirm");
        page.locator("#work-accounts a").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm for enrolled-officer"))
                .click();
        String second = page.locator(".half code").textContent();
        org.assertj.core.api.Assertions.assertThat(second)
                .matches("[0-9a-f]{16}")
                .isNotEqualTo(first);
        screenshot("accounts-second-half");
        signOut();

        page.navigate(at("/login"));
        page.getByLabel("User name").fill("enrolled-officer");
        page.getByLabel("Password").fill(first + second);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasTitle("Change your password · Haven");
    }

    @Test
    void theStudysChartsShowThePapersNumberBesideTheRecordsAndKeepTheirOwnWords() {
        signIn("officer-a");
        page.navigate(at("/study"));
        var where = page.locator("#chart-where-defected .chart-canvas");
        page.waitForFunction("el => echarts.getInstanceByDom(el) !== undefined", where.elementHandle());
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) page.evaluate(
                "el => echarts.getInstanceByDom(el).getOption().series.map(s => s.name)", where.elementHandle());
        org.assertj.core.api.Assertions.assertThat(series).containsExactly("in the records", "in the paper");
        String words = page.locator("#chart-where-defected .chart").getAttribute("aria-label");
        org.assertj.core.api.Assertions.assertThat(words).contains("Germany: 0 in the records, 3 in the paper");
        assertThat(page.locator("#chart-where-defected .chart-canvas")).hasAttribute("aria-hidden", "true");
        screenshot("study-charts-paper");

        page.navigate(at("/links"));
        page.getByLabel("Find in the chart").fill("KRAVCHENKO");
        assertThat(page.locator("#links-found")).containsText("found");
        page.locator(".links-tools input[value=service]").uncheck();
        Number shownServices = (Number) page.evaluate(
                "() => window.havenCytoscape.nodes('[kind = \"service\"]').filter(n => n.visible()).length");
        org.assertj.core.api.Assertions.assertThat(shownServices.intValue()).isZero();
        screenshot("links-search");
    }

    @Test
    void aRefusedMoveKeepsTheReasonHeTyped() {
        String id = openApproach("Lev KEPTOV", "Ankara", "Turkey", "MISSION_ABROAD", "the embassy");
        signIn("officer-a");
        page.navigate(at("/cases/" + id));
        // Meanwhile another officer changes the case: the page's version is stale.
        var meanwhile = postAs(
                "officer-b",
                "/api/cases/" + id + "/custody-pending-decision",
                java.util.Map.of("reason", "he fears for his life tonight", "version", 0));
        org.assertj.core.api.Assertions.assertThat(meanwhile.statusCode())
                .as(meanwhile.body())
                .isEqualTo(200);
        page.getByLabel("Move").selectOption("accept");
        page.getByLabel("Reason").fill("his account checks out against two registries");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the move"))
                .click();
        assertThat(page.locator("main .error[role=alert]")).containsText("Refused");
        assertThat(page.getByLabel("Reason")).hasValue("his account checks out against two registries");
        screenshot("move-refused-kept");
    }

    @Test
    void aCasePrintsAsACaseRecordWithItsLabelOnEverySheet() {
        String id = openApproach("Pavel PRINTOV", "Bern", "Switzerland", "MISSION_ABROAD", "the legation");
        signIn(DUTY_OFFICER);
        page.navigate(at("/cases/" + id));
        assertThat(page.locator(".print-top")).isHidden();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".print-top")).isVisible();
        assertThat(page.locator(".print-top")).hasText("SECRET · RECEPTION");
        assertThat(page.locator(".print-foot")).isVisible();
        assertThat(page.locator("#main-menu")).isHidden();
        assertThat(page.locator("main form").first()).isHidden();
        assertThat(page.locator("form.signed-in")).isHidden();
        page.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("case-print.pdf")));
        screenshot("case-print");
    }

    @Test
    void theKeyboardReachesTheNavigationWithAVisibleFocus() {
        signIn("officer-a");
        page.navigate(at("/"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Haven");
        String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Desk");
    }

    @Test
    void textHasEnoughContrastOnEveryMainPage() {
        signIn("officer-a");
        for (String path : List.of("/", "/study", "/decisions", "/links", "/trace", "/cases/gouzenko")) {
            page.navigate(at(path));
            // The lowest WCAG contrast ratio of any visible text against the page's background.
            Number lowest = (Number) page.evaluate("""
                    () => {
                      const lum = c => {
                        const [r, g, b] = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => {
                          v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                      };
                      const background = el => {
                        for (let e = el; e; e = e.parentElement) {
                          const c = getComputedStyle(e).backgroundColor;
                          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
                        }
                        return 'rgb(255, 255, 255)';
                      };
                      let lowest = 21;
                      document.querySelectorAll('body *').forEach(el => {
                        const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                        if (!text || el.offsetParent === null) return;
                        const a = lum(getComputedStyle(el).color), b = lum(background(el));
                        lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
                      });
                      return lowest;
                    }""");
            assertThat(lowest.doubleValue())
                    .as("lowest text contrast on %s", path)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }
}
