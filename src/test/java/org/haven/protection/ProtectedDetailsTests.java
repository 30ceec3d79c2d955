package org.haven.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.haven.store.Backup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A resettled defector's cover identity: encrypted at rest (no plaintext in the store, its files or its backup),
 * read only within clearance, every read and refusal audited, and still readable after its key is rotated.
 */
@StoreTest
class ProtectedDetailsTests extends RunningHaven {

    private static final String RESETTLER = "resettlement-officer";
    private static final String OTHER = "protection-officer-without-resettlement";
    private static final String ADMIN = "key-administrator";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Backup backup;

    private String caseId;

    @BeforeEach
    void aLiveCase() {
        if (!accounts.exists(RESETTLER)) {
            accounts.create(
                    RESETTLER,
                    PASSWORD,
                    EnumSet.of(Role.RECEPTION, Role.RESETTLEMENT, Role.PROTECTION),
                    Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"),
                    false);
            accounts.create(
                    OTHER,
                    PASSWORD,
                    EnumSet.of(Role.RECEPTION, Role.PROTECTION),
                    Clearance.parse("TOP_SECRET&RECEPTION&PROTECTION"),
                    false);
            accounts.create(ADMIN, PASSWORD, EnumSet.of(Role.ADMIN), false);
        }
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", "Boris RESETTLEDOV");
        approach.put("place", "Ottawa");
        approach.put("country", "Canada");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the RCMP");
        HttpResponse<String> opened = postAs(RESETTLER, "/api/approaches", approach);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        caseId = body(opened).get("id").asString();
    }

    private HttpResponse<String> write(String user, String field, String value) {
        return write(user, field, Map.of("value", value));
    }

    private HttpResponse<String> write(String user, String field, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/protected/" + field))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build());
    }

    /**
     * A reveal of the field to the resettlement officer, granted by two custodians: the cover identity and the location
     * are read through one alone.
     */
    private void revealed(String field) {
        for (String custodian : List.of("custodian-one", "custodian-two")) {
            if (!accounts.exists(custodian)) {
                accounts.create(
                        custodian,
                        PASSWORD,
                        EnumSet.of(Role.RESETTLEMENT),
                        Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"),
                        false);
            }
        }
        HttpResponse<String> asked = postAs(
                RESETTLER,
                "/api/cases/" + caseId + "/reveals",
                Map.of(
                        "field",
                        field,
                        "purpose",
                        "to check what was written",
                        "until",
                        clock.instant().plusSeconds(3600).toString()));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = body(asked).get("id").asString();
        for (String custodian : List.of("custodian-one", "custodian-two")) {
            long version = -1;
            for (JsonNode r : body(getAs(custodian, "/api/cases/" + caseId + "/reveals"))) {
                if (r.get("id").asString().equals(id)) {
                    version = r.get("version").asLong();
                }
            }
            HttpResponse<String> approved = postAs(
                    custodian, "/api/cases/" + caseId + "/reveals/" + id + "/approval", Map.of("version", version));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
    }

    /** The entries of officers' acts: a compartment's first key, made once by Haven itself, is not counted. */
    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry where action <> 'KeyCreated'")
                .query(Long.class)
                .single();
    }

    @Test
    void aCoverIdentityWrittenThroughHavenIsNowhereInPlaintext() throws Exception {
        String canary = "Canary " + UUID.randomUUID();
        assertThat(write(RESETTLER, "cover-identity", canary).statusCode()).isEqualTo(204);
        revealed("cover-identity");
        HttpResponse<String> read = getAs(RESETTLER, "/api/cases/" + caseId + "/protected/cover-identity");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(body(read).get("value").asString()).isEqualTo(canary);

        // A dump of every table, as the database gives it.
        StringBuilder dump = new StringBuilder();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where lower(table_schema)"
                        + " = lower(current_schema) and table_type in ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list();
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            jdbc.sql("select * from \"" + table + "\"").query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    dump.append(rs.getString(i)).append('\t');
                }
                dump.append('\n');
            });
        }
        assertThat(dump.toString()).contains(caseId).doesNotContain(canary).doesNotContain("Canary ");
        // The database's own files.
        if (!TestStore.postgres()) {
            byte[] file = Files.readAllBytes(dataDir().resolve("haven.mv.db"));
            assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(canary);
        }
        // And its backup.
        Path exported = Files.createTempFile("haven-canary", ".jsonl");
        backup.write(exported);
        assertThat(Files.readString(exported)).contains(caseId).doesNotContain(canary);
        Files.delete(exported);
    }

    @Test
    void anOfficerWithoutTheCompartmentGetsNothingAndIsRecorded() {
        assertThat(write(RESETTLER, "current-location", "a farm near Ottawa").statusCode())
                .isEqualTo(204);
        HttpResponse<String> refused = getAs(OTHER, "/api/cases/" + caseId + "/protected/current-location");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("farm");
        long denials = jdbc.sql("select count(*) from audit_entry where action = 'AccessDenied' and actor = ?"
                        + " and subject_type = 'protected-detail' and subject_id = ?")
                .params(OTHER, caseId + "/current-location")
                .query(Long.class)
                .single();
        assertThat(denials).isEqualTo(1);
        // Writing it lower than its case, or without its compartment, is refused.
        HttpResponse<String> down =
                send(HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/protected/current-location"))
                        .header("Authorization", "Bearer " + token(RESETTLER))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Map.of("value", "elsewhere", "label", "CONFIDENTIAL&RECEPTION&RESETTLEMENT"))))
                        .build());
        assertThat(down.statusCode()).isEqualTo(400);
        assertThat(body(down).get("detail").asString()).contains("writing down is refused");
    }

    /** Audit entries = sensitive reads + writes + denials, exactly (each guarded by its case's own decision). */
    @Test
    void everyReadWriteAndRefusalIsOneEntryEach() {
        // Each sign-in is an entry of its own: both officers sign in before the count starts.
        token(RESETTLER);
        token(OTHER);
        long before = auditEntries();
        write(RESETTLER, "family-whereabouts", "his wife, in Toronto"); // refused: no PROTECTION compartment
        // decision on the case (1), the refused write (1); nothing written
        assertThat(auditEntries()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ProtectedDetailWriteRefused'"
                                + " and actor = ? and subject_id = ?")
                        .params(RESETTLER, caseId + "/family-whereabouts")
                        .query(Long.class)
                        .single())
                .isOne();
        write(OTHER, "family-whereabouts", "his wife, in Toronto");
        // decision on the case (1), label assigned (1), detail written (1)
        assertThat(auditEntries()).isEqualTo(before + 5);
        getAs(OTHER, "/api/cases/" + caseId + "/protected/family-whereabouts");
        // decision on the case (1), the read of the detail (1)
        assertThat(auditEntries()).isEqualTo(before + 7);
        getAs(RESETTLER, "/api/cases/" + caseId + "/protected/family-whereabouts");
        // decision on the case (1), the refusal of the detail (1)
        assertThat(auditEntries()).isEqualTo(before + 9);
    }

    @Test
    void whatWasWrittenBeforeAKeyRotationStillReadsAndNewWritesUseTheNewKey() {
        assertThat(write(RESETTLER, "cover-identity", "Mr Before").statusCode()).isEqualTo(204);
        int before = keyIdOf("COVER_IDENTITY");
        HttpResponse<String> rotated = postAs(ADMIN, "/api/keys/RESETTLEMENT/rotation", Map.of());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        int primary = body(rotated).get("primaryKeyId").asInt();
        assertThat(primary).isNotEqualTo(before);
        revealed("cover-identity");
        revealed("current-location");
        assertThat(body(getAs(RESETTLER, "/api/cases/" + caseId + "/protected/cover-identity"))
                        .get("value")
                        .asString())
                .isEqualTo("Mr Before");
        assertThat(write(RESETTLER, "current-location", "Mr After's street").statusCode())
                .isEqualTo(204);
        assertThat(keyIdOf("CURRENT_LOCATION")).isEqualTo(primary);
        assertThat(body(getAs(RESETTLER, "/api/cases/" + caseId + "/protected/current-location"))
                        .get("value")
                        .asString())
                .isEqualTo("Mr After's street");
    }

    /** The id of the compartment key that wrapped a value's data key, from Tink's envelope and key prefix. */
    private int keyIdOf(String field) {
        String ciphertext = jdbc.sql("select ciphertext from protected_detail where case_id = ? and field = ?")
                .params(caseId, field)
                .query(String.class)
                .single();
        byte[] bytes = Base64.getDecoder().decode(ciphertext);
        // [4 bytes: length of the wrapped data key][wrapped data key: 0x01, 4-byte key id, …][ciphertext]
        assertThat(bytes[4]).isEqualTo((byte) 1);
        return ((bytes[5] & 0xff) << 24) | ((bytes[6] & 0xff) << 16) | ((bytes[7] & 0xff) << 8) | (bytes[8] & 0xff);
    }

    @Test
    void theAuditorSeesWhoWasRefused() {
        write(RESETTLER, "current-location", "a flat in Montreal");
        getAs(OTHER, "/api/cases/" + caseId + "/protected/current-location");
        account("auditor-1", Role.AUDITOR);
        List<String> refused = new ArrayList<>();
        body(getAs("auditor-1", "/api/audit?action=AccessDenied&subjectId=" + caseId + "/current-location"))
                .forEach(e -> refused.add(e.get("actor").asString()));
        assertThat(refused).contains(OTHER);
        assertThat(getAs("auditor-1", "/audit?action=AccessDenied").body())
                .contains(OTHER)
                .contains(caseId + "/current-location");
        assertThat(getAs(RESETTLER, "/api/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aDetailWrittenBeforeIsReplacedOnlyByAWriteThatNamesTheVersionItRead() {
        assertThat(write(RESETTLER, "cover-identity", "Mr First").statusCode()).isEqualTo(204);
        // A second officer who never read it would overwrite it unawares: refused.
        HttpResponse<String> blind = write(RESETTLER, "cover-identity", "Mr Blind");
        assertThat(blind.statusCode()).isEqualTo(409);
        assertThat(blind.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        revealed("cover-identity");
        JsonNode read = body(getAs(RESETTLER, "/api/cases/" + caseId + "/protected/cover-identity"));
        assertThat(read.get("value").asString()).isEqualTo("Mr First");
        long version = read.get("version").asLong();
        assertThat(write(RESETTLER, "cover-identity", Map.of("value", "Mr Second", "version", version))
                        .statusCode())
                .isEqualTo(204);
        // The version he read is stale now.
        HttpResponse<String> stale =
                write(RESETTLER, "cover-identity", Map.of("value", "Mr Third", "version", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).get("yourVersion").asLong()).isEqualTo(version);
        assertThat(body(getAs(RESETTLER, "/api/cases/" + caseId + "/protected/cover-identity"))
                        .get("value")
                        .asString())
                .isEqualTo("Mr Second");
    }

    @Test
    void onlyTheCompartmentsOfProtectedDetailsHaveKeysToRotate() {
        HttpResponse<String> unknown = postAs(ADMIN, "/api/keys/NO_SUCH_COMPARTMENT/rotation", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("detail").asString()).contains("PROTECTION, RESETTLEMENT");
        assertThat(jdbc.sql("select count(*) from compartment_key where compartment = 'NO_SUCH_COMPARTMENT'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
