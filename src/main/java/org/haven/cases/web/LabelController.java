package org.haven.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import org.haven.cases.CaseId;
import org.haven.cases.CaseNotFound;
import org.haven.cases.CaseStates;
import org.haven.cases.Cases;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's label: its classification and compartments, raised by those who work it, never lowered. */
@RestController
class LabelController {

    private final Labels labels;
    private final NeedToKnow needToKnow;
    private final Cases cases;

    private final CaseAccess access;

    LabelController(Labels labels, NeedToKnow needToKnow, Cases cases, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.labels = labels;
        this.needToKnow = needToKnow;
    }

    record LabelView(String label, long version) {}

    record Relabel(@Nullable String label, @Nullable Long version) {}

    @GetMapping("/api/cases/{id}/label")
    @Operation(summary = "The case's label: level and compartments, e.g. SECRET&CASE_ORLOV")
    LabelView label(@PathVariable String id, Authentication officer) {
        CaseId caseId = access.actionable(officer, id);
        Labels.Current current =
                labels.current(CaseStates.CASE, caseId.value()).orElseThrow(() -> new CaseNotFound(caseId));
        return new LabelView(current.label().expression(), current.version());
    }

    @PostMapping("/api/cases/{id}/label")
    @Operation(summary = "Raise the case's label (never lower it); the new label must be within your clearance")
    LabelView relabel(@PathVariable String id, @RequestBody Relabel relabel, Authentication officer) {
        CaseId caseId = access.actionable(officer, id);
        if (!cases.isLive(caseId)) {
            throw new IllegalArgumentException(
                    "the records of a past study are public and are not relabelled: they are listed and counted by all");
        }
        if (relabel.version() == null) {
            throw new IllegalArgumentException("version is required: the version of the label you read");
        }
        Label label = Label.parse(relabel.label() == null ? "" : relabel.label());
        labels.relabel(
                CaseStates.CASE,
                caseId.value(),
                label,
                needToKnow.clearance(officer),
                officer.getName(),
                relabel.version());
        return label(id, officer);
    }
}
