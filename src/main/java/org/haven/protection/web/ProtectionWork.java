package org.haven.protection.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.cases.DefectionCase;
import org.haven.cases.LiveCases;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.protection.ProtectionAnalysis;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The protection officer's work: threats recorded with no measure against them, and defectors left idle (no
 * contact, no work) longer than the welfare policy allows.
 */
@Component
class ProtectionWork implements WorkAtHand {

    private final LiveCases cases;
    private final CaseFileStore files;
    private final ProtectionAnalysis.Policy policy;
    private final Clock clock;

    ProtectionWork(LiveCases cases, CaseFileStore files, ProtectionAnalysis.Policy policy, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT);
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Section of(Authentication officer) {
        List<Item> items = new ArrayList<>();
        for (DefectionCase c : cases.readableBy(officer)) {
            var stored = files.find(c.id());
            if (stored.isEmpty()) {
                continue;
            }
            ProtectionAnalysis analysis =
                    ProtectionAnalysis.of(CaseFiles.read(stored.get().content()), policy, clock.instant());
            String href = "/cases/" + c.id().value() + "/protection";
            for (ProtectionAnalysis.Threat t : analysis.threats()) {
                if (analysis.unmeasured().contains(t.ref())) {
                    items.add(new Item(
                            c.displayName() + ": "
                                    + t.type()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', ' ') + " threat with no measure",
                            href,
                            t.statement(),
                            true));
                }
            }
            for (ProtectionAnalysis.Idle idle : analysis.idle()) {
                if (idle.to().isBefore(clock.instant().minus(java.time.Duration.ofDays(1)))) {
                    continue; // an idle stretch that has ended is the record's, not today's work
                }
                items.add(new Item(
                        c.displayName() + ": idle " + idle.days() + " days",
                        href,
                        "no contact and no work recorded since "
                                + idle.from().toString().substring(0, 10),
                        false));
            }
        }
        return new Section(
                "protection",
                "Threats and welfare",
                items.isEmpty()
                        ? "No threat lacks a measure and no defector is idle."
                        : items.size() + " threat" + (items.size() == 1 ? "" : "s")
                                + " without a measure or idle period" + (items.size() == 1 ? "" : "s") + ".",
                null,
                items.stream().limit(SHOWN).toList());
    }
}
