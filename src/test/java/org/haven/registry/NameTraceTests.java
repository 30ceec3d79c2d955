package org.haven.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The name trace against the registry of the 1948 study, over HTTP. */
class NameTraceTests extends RunningHaven {

    private HttpResponse<String> trace(String name) {
        return get("/api/trace?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    private JsonNode matches(String name) {
        HttpResponse<String> response = trace(name);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            KORIAKOFF | Michel KORIAKOFF
            Korjakow | Michel KORIAKOFF
            Коряков Михаил | Michel KORIAKOFF
            KORIAKOFF, Michel | Michel KORIAKOFF
            BES5EDOVSKY | Grigori BESSEDOVSKI
            Bessedowski | Grigori BESSEDOVSKI
            KRIV1TSKY | Walter KRIVITSKY
            W. Krivitsky | Walter KRIVITSKY
            AKKMEDOV | Ismail AKHMEDOV
            SIIARANDAK | Vasili SHARANDAK
            Gelfand | Leon HELFAND
            Гузенко Игорь | Igor GOUZENKO
            Victor Krawtschenko | Victor KRAVCHENKO
            Kravchenko Viktor Andreyevich | Victor KRAVCHENKO
            A. Kravchenko | Alexander KRAVCHENKO
            Trotski | TROTSKY
            Dr Allan Nunn May | Allan MAY
            """)
    void putsTheRightPersonFirst(String query, String expected) {
        JsonNode best = matches(query).get(0);
        assertThat(best.get("name").asString()).isEqualTo(expected);
        assertThat(best.get("match").asBoolean()).isTrue();
        assertThat(best.get("score").asDouble()).isBetween(NameTrace.threshold(), 1.0);
        assertThat(best.get("explanation").asString()).isNotBlank();
    }

    @Test
    void neverMergesNamesakes() {
        JsonNode victor = matches("Victor KRAVCHENKO");
        assertThat(victor.get(0).get("name").asString()).isEqualTo("Victor KRAVCHENKO");
        for (JsonNode m : victor) {
            if (m.get("name").asString().equals("Alexander KRAVCHENKO")) {
                assertThat(m.get("match").asBoolean()).isFalse();
                assertThat(m.get("explanation").asString()).contains("given names conflict");
            }
        }
        JsonNode bare = matches("KRAVCIIENKO");
        assertThat(bare.get(0).get("score").asDouble())
                .isEqualTo(bare.get(1).get("score").asDouble());
        assertThat(bare.get(0).get("name").asString() + bare.get(1).get("name").asString())
                .contains("Victor KRAVCHENKO")
                .contains("Alexander KRAVCHENKO");
    }

    @Test
    void tellsPeopleWhoAreNotDefectorsApart() {
        JsonNode reiss = matches("Ignace Reiss").get(0);
        assertThat(reiss.get("kind").asString()).isEqualTo("PERSON");
        assertThat(reiss.get("caseId").isNull()).isTrue();
        JsonNode krivitsky = matches("KRIVITSKY").get(0);
        assertThat(krivitsky.get("kind").asString()).isEqualTo("DEFECTOR");
        assertThat(krivitsky.get("caseId").asString()).isEqualTo("krivitsky");
    }

    @Test
    void refusesAnEmptyNameWithAProblem() {
        HttpResponse<String> blank = trace("   ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(body(blank).get("detail").asString()).isEqualTo("a name to trace is required");
        assertThat(get("/api/trace").statusCode()).isEqualTo(400);
        assertThat(trace("!!! ???").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            עברית KORIAKOFF
            KORIAKOFF 🙂
            KORIAKOFF
            כוריאקוב
            🙂🙂🙂 x
            """)
    void handlesRightToLeftTextCombiningMarksAndEmoji(String query) {
        assertThat(trace(query).statusCode()).isEqualTo(200);
    }

    @Test
    void handlesAVeryLongName() {
        assertThat(trace("KORIAKOFF " + "A".repeat(10_000)).statusCode()).isEqualTo(200);
        HttpResponse<String> posted = post("/api/trace", Map.of("name", "Коряков " + "ж".repeat(10_000)));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(matches("K\u0301ORIAKOFF").get(0).get("name").asString()).isEqualTo("Michel KORIAKOFF");
    }

    @Test
    void comparesTwoNamesWithNoRegistry() {
        JsonNode same = body(post("/api/compare", Map.of("a", "KORIAKOV", "b", "Korjakow")));
        assertThat(same.get("match").asBoolean()).isTrue();
        JsonNode different = body(post("/api/compare", Map.of("a", "Victor KRAVCHENKO", "b", "Alexander KRAVCHENKO")));
        assertThat(different.get("match").asBoolean()).isFalse();
        assertThat(post("/api/compare", Map.of("a", "KORIAKOV")).statusCode()).isEqualTo(400);
    }

    @Test
    void tracesOnAPage() {
        HttpResponse<String> page = get("/trace?name=Korjakow");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Michel KORIAKOFF").contains("<label for=\"name\">");
    }
}
