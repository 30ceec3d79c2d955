package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The REST API and the pages, over real HTTP. */
class ApiTests extends RunningHaven {

    @Test
    void listsTheCasesByYearOfDefection() {
        HttpResponse<String> response = get("/api/cases");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cases = body(response);
        int historical = 0;
        for (JsonNode c : cases) {
            historical += c.get("status").asString().equals("HISTORICAL") ? 1 : 0;
        }
        assertThat(historical).isEqualTo(19);
        assertThat(cases.get(0).get("id").asString()).isEqualTo("pik");
        assertThat(cases.get(0).get("defected").asString()).isEqualTo("1927");
    }

    @Test
    void showsACaseWithEveryFactAndItsPassage() {
        JsonNode gouzenko = body(get("/api/cases/gouzenko")).get("defectors").get(0);
        assertThat(gouzenko.get("name").asString()).isEqualTo("Igor GOUZENKO");
        JsonNode documents = gouzenko.get("facts").get("broughtDocuments");
        assertThat(documents.get("known").asBoolean()).isTrue();
        assertThat(documents.get("value").asString()).isEqualTo("true");
        assertThat(documents.get("sources").get(0).get("section").asString()).isEqualTo("III");
        assertThat(gouzenko.get("facts").get("defected").get("value").asString())
                .isEqualTo("1945");
    }

    @Test
    void marksUnknownFactsAsUnknownNotFalse() {
        JsonNode yurchenko = body(get("/api/cases/yurchenko")).get("defectors").get(0);
        JsonNode recalled = yurchenko.get("facts").get("recalledBeforeDefection");
        assertThat(recalled.get("known").asBoolean()).isFalse();
        assertThat(recalled.get("value").isNull()).isTrue();
        assertThat(yurchenko.get("facts").get("stimuli").get("values").size()).isZero();
    }

    @Test
    void answersAnUnknownCaseWithAProblem() {
        HttpResponse<String> response = get("/api/cases/nobody");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("There is no case nobody.");
    }

    @Test
    void answersAMalformedCaseIdWithABadRequest() {
        HttpResponse<String> response = get("/api/cases/NOT_AN_ID");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("detail").asString()).contains("lower-case letters");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void refusesAMethodNoRuleAllowsWithAProblem() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/cases"))
                .header("Authorization", "Bearer " + token(DUTY_OFFICER))
                .DELETE()
                .build());
        // Deny by default: no rule allows DELETE, so it is refused before the method is even looked at.
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body(response).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void servesTheStudy() {
        JsonNode study = body(get("/api/study"));
        assertThat(study.get("cases").asInt()).isEqualTo(19);
        assertThat(study.get("figures").size()).isGreaterThan(15);
        JsonNode first = study.get("figures").get(0);
        assertThat(first.has("id")
                        && first.has("label")
                        && first.has("value")
                        && first.has("members")
                        && first.has("paper"))
                .isTrue();
    }

    @Test
    void documentsTheApi() {
        JsonNode api = body(get("/api-docs"));
        assertThat(api.get("paths").has("/api/cases/{id}")).isTrue();
        assertThat(api.get("paths").has("/api/study")).isTrue();
    }

    @Test
    void showsTheCasesAndTheFiguresOnTheFirstPage() {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Cases and the 1948 study · Haven</title>")
                .contains("Igor GOUZENKO")
                .contains("Mikhail DENISOV and Vera TAKACS")
                .contains("Recalled to the USSR immediately before defecting")
                .contains("Six defected in Paris, five in France");
    }

    @Test
    void followsAFigureDownToItsPassages() {
        HttpResponse<String> page = get("/study/recalled-before-defection");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Leon HELFAND").contains("making nine out of a total of twenty");
        assertThat(get("/study/no-such-figure").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnAddressNoRuleAllowsWithAPageOfItsOwn() {
        // Deny by default: an address no rule allows is refused, even to a signed-in officer.
        HttpResponse<String> page = send(
                session(DUTY_OFFICER),
                java.net.http.HttpRequest.newBuilder(uri("/no/such/page"))
                        .header("Accept", "text/html")
                        .GET()
                        .build());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Your roles do not allow this page").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void sendsABrowserThatIsNotSignedInToTheSignInPage() {
        HttpResponse<String> page = send(java.net.http.HttpRequest.newBuilder(uri("/cases/gouzenko"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void showsACaseOnItsOwnPageWithUnknownsMarked() {
        HttpResponse<String> page = get("/cases/yurchenko");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("YURCHENKO").contains("unknown");
        assertThat(get("/cases/nobody").statusCode()).isEqualTo(404);
    }

    private static java.util.Set<String> propertyNames(JsonNode node) {
        var names = new java.util.HashSet<String>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
