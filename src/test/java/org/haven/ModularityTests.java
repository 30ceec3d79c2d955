package org.haven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/** The module structure: each direct sub-package of {@code org.haven} is a module, its sub-packages private. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Haven.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void evidenceDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.haven.evidence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.haven.cases..", "org.haven.study..", "org.haven.cli..", "org.haven.web..")
                .check(CLASSES);
    }

    @Test
    void casesDoNotDependOnTheStudyOrTheWaysIn() {
        noClasses()
                .that()
                .resideInAPackage("org.haven.cases..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.haven.study..", "org.haven.cli..", "org.haven.web..")
                .check(CLASSES);
    }

    @Test
    void everyTrackHasTheModuleThatOwnsItsWork() {
        for (org.haven.cases.Track track : org.haven.cases.Track.values()) {
            org.assertj.core.api.Assertions.assertThat(MODULES.getModuleByName(track.module()))
                    .as("the module of the %s track", track.words())
                    .isPresent();
        }
        org.assertj.core.api.Assertions.assertThat(MODULES.getModuleByName("archive"))
                .isPresent();
    }

    @Test
    void theLiveCaseKnowsNothingOfTheArchive() {
        noClasses()
                .that()
                .resideInAPackage("org.haven.cases..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.haven.archive..")
                .check(CLASSES);
    }

    @Test
    void theStudyReadsTheArchiveNotTheLiveCases() {
        noClasses()
                .that()
                .resideInAPackage("org.haven.study..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(
                        "org\\.haven\\.cases\\.(DefectionCase|Cases|CaseManagement|Lifecycle|Approach|Transition|Track.*)")
                .check(CLASSES);
    }

    @Test
    void domainModelIsFreeOfSpring() {
        noClasses()
                .that()
                .resideInAnyPackage("org.haven.cases", "org.haven.archive", "org.haven.evidence", "org.haven.audit")
                .and()
                .areNotAnnotatedWith(Service.class)
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .and()
                .areNotAnnotatedWith(ConfigurationProperties.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWaysInWriteToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.haven.cli..", "org.haven.web..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(CLASSES);
    }

    @Test
    void noGenericExceptionsAreThrown() {
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml"))
                .exists();
    }
}
