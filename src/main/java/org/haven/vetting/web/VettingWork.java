package org.haven.vetting.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.cases.DefectionCase;
import org.haven.cases.LiveCases;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.haven.vetting.VettingConclusions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The vetting officer's work: vetting files not yet concluded, conclusions awaiting a second vetting officer, and
 * conclusions reopened because the ground under them moved.
 */
@Component
class VettingWork implements WorkAtHand {

    private final LiveCases cases;
    private final CaseFileStore files;
    private final VettingConclusions conclusions;

    VettingWork(LiveCases cases, CaseFileStore files, VettingConclusions conclusions) {
        this.cases = cases;
        this.files = files;
        this.conclusions = conclusions;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.VETTING);
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Section of(Authentication officer) {
        List<Item> items = new ArrayList<>();
        for (DefectionCase c : cases.readableBy(officer)) {
            String href = "/cases/" + c.id().value() + "/vetting";
            List<VettingConclusions.Conclusion> all = conclusions.of(c.id());
            boolean standing = false;
            for (VettingConclusions.Conclusion x : all) {
                switch (x.status()) {
                    case PROPOSED ->
                        items.add(new Item(
                                c.displayName() + ": a conclusion awaits a second vetting officer",
                                href,
                                "proposed by " + x.proposedBy()
                                        + (x.leading() == null ? "" : "; leading: " + x.leading()),
                                !x.proposedBy().equals(officer.getName())));
                    case REOPENED ->
                        items.add(new Item(
                                c.displayName() + ": the conclusion is reopened", href, x.reopenedBecause(), true));
                    case STANDING -> standing = true;
                    case SUPERSEDED -> {}
                }
            }
            boolean open = all.stream()
                    .noneMatch(x -> x.status() == VettingConclusions.Status.PROPOSED
                            || x.status() == VettingConclusions.Status.REOPENED);
            if (!standing && open) {
                var stored = files.find(c.id());
                if (stored.isPresent() && CaseFiles.read(stored.get().content()).vetting() != null) {
                    items.add(new Item(
                            c.displayName() + ": vetting open, not concluded", href, "weigh the hypotheses", false));
                }
            }
        }
        items.sort((a, b) -> Boolean.compare(b.urgent(), a.urgent()));
        return new Section(
                "vetting",
                "Vetting files",
                items.isEmpty()
                        ? "No vetting file waits for you."
                        : items.size() + " vetting file" + (items.size() == 1 ? "" : "s")
                                + " to weigh, confirm or look at again.",
                null,
                items.stream().limit(SHOWN).toList());
    }
}
