package org.haven.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.haven.RunningHaven;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Pre-publication review: a memoir in text or PDF names a man the registry holds under a label and gives away the
 * town of his cover; Haven proposes both passages and not the names the whole world knows; each is ruled; the decision
 * needs every ruling and its reasons; his appeal reopens it; anything but text or PDF is refused.
 */
class ManuscriptsTests extends RunningHaven {

    private static final String HANDLER = "memoir-handler";
    private static final String REVIEWER = "memoir-reviewer";

    @Autowired
    JdbcClient jdbc;

    private String openCase(String name) {
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", name);
        approach.put("place", "Ottawa");
        approach.put("country", "Canada");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the RCMP");
        return body(postAs(HANDLER, "/api/approaches", approach)).get("id").asString();
    }

    private HttpResponse<String> submit(String caseId, String type, byte[] body) {
        return send(HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/manuscripts?title=My%20Life"))
                .header("Authorization", "Bearer " + token(HANDLER))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static byte[] pdf(String line) throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMemoirsProtectedNameAndCoverAreProposedRuledDecidedAndAppealed() throws Exception {
        for (String name : List.of(HANDLER, REVIEWER)) {
            if (!accounts.exists(name)) {
                accounts.create(
                        name,
                        PASSWORD,
                        name.equals(HANDLER)
                                ? EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.RESETTLEMENT)
                                : EnumSet.of(Role.PROTECTION),
                        Clearance.parse("TOP_SECRET&RECEPTION&RESETTLEMENT"),
                        false);
            }
        }
        openCase("Sergei SECRETOV"); // a live case: his name is held under its label
        String caseId = openCase("Fyodor MEMOIROV");
        HttpResponse<String> cover =
                send(HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/protected/cover-identity"))
                        .header("Authorization", "Bearer " + token(HANDLER))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"Mr Peter GREY of Kingston\"}"))
                        .build());
        assertThat(cover.statusCode()).as(cover.body()).isEqualTo(204);

        // Anything but text or a PDF is refused, with the reason.
        HttpResponse<String> image = submit(caseId, "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThat(image.statusCode()).isEqualTo(415);
        assertThat(body(image).get("detail").asString()).contains("not one");
        HttpResponse<String> binary = submit(caseId, "text/plain", new byte[] {'a', 0, (byte) 0xff, (byte) 0xfe});
        assertThat(binary.statusCode()).isEqualTo(415);

        // What he told his debriefers, held under the case's label.
        assertThat(postAs(HANDLER, "/api/cases/" + caseId + "/case-file/start", Map.of())
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> debriefed = postAs(
                HANDLER,
                "/api/cases/" + caseId + "/case-file/record",
                Map.of(
                        "version",
                        0,
                        "entry",
                        Map.of(
                                "at",
                                clock.instant().toString(),
                                "kind",
                                "DEBRIEF",
                                "source",
                                "him",
                                "session",
                                "1",
                                "statements",
                                List.of(Map.of(
                                        "id",
                                        "s1",
                                        "subject",
                                        "Fyodor MEMOIROV",
                                        "property",
                                        "agents named",
                                        "value",
                                        "12")))));
        assertThat(debriefed.statusCode()).as(debriefed.body()).isEqualTo(201);

        String memoir = "In 1946 I worked beside Sergei SECRETOV in the residency, and Victor KRAVCHENKO had gone"
                + " before us. I, MEMOIROV, gave the British 12 names. Today I keep bees in Kingston, where nobody"
                + " knows me.";
        HttpResponse<String> sent =
                submit(caseId, "text/plain; charset=utf-8", memoir.getBytes(StandardCharsets.UTF_8));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode m = body(sent);
        List<String> proposed = new java.util.ArrayList<>();
        m.get("passages")
                .forEach(p -> proposed.add(
                        p.get("concern").asString() + ":" + p.get("text").asString()));
        assertThat(proposed)
                .containsExactly(
                        "PROTECTED_NAME:Sergei SECRETOV",
                        // His own true name is held under his case's label too: the reviewer judges it.
                        "PROTECTED_NAME:MEMOIROV",
                        "CLASSIFIED_CLAIM:12",
                        "COVER_IDENTITY:Kingston");
        assertThat(body(get("/api/cases/" + caseId + "/tasks")).toString()).contains("Review the manuscript");

        // The same memoir as a PDF is read the same way.
        JsonNode fromPdf = body(submit(caseId, "application/pdf", pdf("I worked beside Sergei SECRETOV.")));
        assertThat(fromPdf.get("passages").get(0).get("concern").asString()).isEqualTo("PROTECTED_NAME");

        String id = m.get("id").asString();
        String path = "/api/cases/" + caseId + "/manuscripts/" + id;
        HttpResponse<String> noReason =
                postAs(REVIEWER, path + "/rulings", Map.of("passage", 1, "ruling", "REDACTED", "version", 0));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("detail").asString()).contains("reason code");
        assertThat(postAs(
                                REVIEWER,
                                path + "/rulings",
                                Map.of(
                                        "passage",
                                        1,
                                        "ruling",
                                        "REDACTED",
                                        "reason",
                                        "NAMES_A_PROTECTED_PERSON",
                                        "version",
                                        0))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> early =
                postAs(REVIEWER, path + "/decision", Map.of("text", "cleared with cuts", "version", 1));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(body(early).get("detail").asString()).contains("await a ruling");
        assertThat(postAs(REVIEWER, path + "/rulings", Map.of("passage", 2, "ruling", "CLEARED", "version", 1))
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs(REVIEWER, path + "/rulings", Map.of("passage", 3, "ruling", "CLEARED", "version", 2))
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs(
                                REVIEWER,
                                path + "/rulings",
                                Map.of("passage", 4, "ruling", "CHANGED", "note", "a town in Ontario", "version", 3))
                        .statusCode())
                .isEqualTo(200);
        JsonNode decided = body(postAs(
                REVIEWER,
                path + "/decision",
                Map.of("text", "publishable with the two passages changed", "version", 4)));
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        JsonNode appealed = body(postAs(
                HANDLER, path + "/appeal", Map.of("text", "SECRETOV is dead; his name harms no one", "version", 5)));
        assertThat(appealed.get("status").asString()).isEqualTo("APPEALED");
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'manuscript' and subject_id = ?"
                                + " order by seq")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "ManuscriptSubmitted",
                        "ManuscriptPassageRuled",
                        "ManuscriptPassageRuled",
                        "ManuscriptPassageRuled",
                        "ManuscriptPassageRuled",
                        "ManuscriptDecided",
                        "ManuscriptAppealed");
    }
}
