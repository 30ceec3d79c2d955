package org.haven.cli;

import java.nio.file.Path;
import org.haven.Haven;
import org.haven.TestStore;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.Officer;
import org.haven.cases.RecordApproach;
import org.haven.cases.Setting;
import org.haven.cases.Transition;
import org.haven.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A store under {@code dataDir} changed only through Haven: the built-in cases, and an approach accepted by two
 * officers and taken into protective custody "in a safe house"; an account for a resettlement officer cleared for
 * it, who writes the man's cover identity (under the RESETTLEMENT compartment's key).
 */
final class StoreWithHistory {

    /** The account the store holds besides the first administrator's. */
    static final String RESETTLER = "resettlement-1";

    private StoreWithHistory() {}

    /** @return the id of the approach's case */
    static String create(Path dataDir) {
        try (var context = new SpringApplicationBuilder(Haven.class)
                .web(WebApplicationType.NONE)
                .run(TestStore.arguments(
                        dataDir, "--haven.decision.review-enabled=false", "--logging.level.root=WARN"))) {
            CaseManagement cases = context.getBean(CaseManagement.class);
            CaseId id = cases.recordApproach(new RecordApproach(
                            "Grigori TOKAEV",
                            "Berlin",
                            "Germany",
                            Setting.FIELD,
                            "the Canadians",
                            "aircraft",
                            "arrest",
                            null,
                            "reception-1",
                            null,
                            null))
                    .id();
            cases.perform(id, Transition.ACCEPT, Officer.of("reception-1", Role.RECEPTION), "genuine", 0);
            cases.approve(id, Officer.of("reception-2", Role.RECEPTION), 1);
            cases.perform(
                    id,
                    Transition.TAKE_INTO_PROTECTIVE_CUSTODY,
                    Officer.of("protection-1", Role.PROTECTION),
                    "in a safe house",
                    2);
            context.getBean(org.haven.security.Accounts.class)
                    .create(
                            RESETTLER,
                            "a long enough password",
                            java.util.Set.of(Role.RESETTLEMENT),
                            org.haven.security.Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"),
                            false);
            context.getBean(org.haven.protection.ProtectedDetails.class)
                    .write(
                            new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                                    RESETTLER, null, java.util.List.of()),
                            id.value(),
                            org.haven.protection.ProtectedField.COVER_IDENTITY,
                            "Mr A. N. Other, a placeholder name",
                            null,
                            null);
            return id.value();
        }
    }
}
