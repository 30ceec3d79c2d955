package org.haven.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.Haven;
import org.haven.TestStore;
import org.haven.audit.AuditVerification;
import org.haven.cases.CaseId;
import org.haven.registry.Match;
import org.haven.registry.NameTrace;
import org.haven.study.Study;
import org.haven.study.StudyManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The archive takes more datasets than the one study: a second file of past cases loads the same way, once, beside
 * the built-in one, while the study's figures stay computed from its own cases.
 */
class ArchiveDatasetsTests {

    private static final String SECOND = "classpath:datasets/broke-with-the-service.yaml";

    @TempDir
    Path root;

    private static ConfigurableApplicationContext start(Path dir, String datasets) {
        return new SpringApplicationBuilder(Haven.class)
                .web(WebApplicationType.NONE)
                .run(TestStore.arguments(
                        dir,
                        "--haven.archive.datasets=" + datasets,
                        "--haven.decision.review-enabled=false",
                        "--logging.level.root=WARN"));
    }

    @Test
    void aSecondDatasetLoadsBesideTheStudyOnceAndLeavesTheStudyAlone() {
        Path dir = root.resolve("two-datasets");
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext haven = start(dir, SECOND)) {
                Archive archive = haven.getBean(Archive.class);
                assertThat(archive.findAll()).hasSize(20);
                PastCase reiss = archive.findById(new CaseId("ignace-reiss")).orElseThrow();
                assertThat(reiss.dataset()).isEqualTo("broke-with-the-service");
                assertThat(reiss.defectors()
                                .getFirst()
                                .fact(Attribute.PAID_WITH_LIFE)
                                .value())
                        .isTrue();
                assertThat(archive.findByDataset("cases-1948")).hasSize(19);

                Study study = haven.getBean(StudyManagement.class).study();
                assertThat(study.cases()).isEqualTo(19);
                assertThat(study.defectors()).isEqualTo(20);

                Match first = haven.getBean(NameTrace.class)
                        .trace("REISS, Ignace", 10)
                        .getFirst();
                assertThat(first.score()).isGreaterThan(0.6);
                assertThat(haven.getBean(NameTrace.class).trace("REISS, Ignace", 10))
                        .extracting(Match::personId)
                        .contains("ignace-reiss", "reiss");
                assertThat(haven.getBean(AuditVerification.class).verify().intact())
                        .isTrue();
            }
        }
    }

    @Test
    void aDatasetWhoseCasesTheArchiveHoldsInPartIsRefusedNamingIt() throws Exception {
        Path dir = root.resolve("overlap");
        start(dir, "").close();
        Path overlap = root.resolve("overlap.yaml");
        String second = new String(
                ArchiveDatasetsTests.class
                        .getResourceAsStream("/datasets/broke-with-the-service.yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // The same case under a second id that the study's dataset already holds.
        Files.writeString(
                overlap,
                second
                        + second.substring(second.indexOf("  - id: ignace-reiss"))
                                .replace("id: ignace-reiss", "id: pik")
                                .replaceFirst("id: pik", "id: pik"));
        assertThatThrownBy(() -> start(dir, overlap.toUri().toString()))
                .hasStackTraceContaining("overlap")
                .hasStackTraceContaining("the archive holds 1 of the dataset's 2 cases already");
    }
}
