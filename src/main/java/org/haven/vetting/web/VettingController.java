package org.haven.vetting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.cases.Officer;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.NeedToKnow;
import org.haven.security.Officers;
import org.haven.vetting.BonaFides;
import org.haven.vetting.Likelihood;
import org.haven.vetting.VettingConclusions;
import org.haven.vetting.VettingFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's vetting file over HTTP: the matrix scored, its changes, the conclusion and its approval. */
@RestController
class VettingController {

    private final VettingFiles vetting;
    private final VettingConclusions conclusions;
    private final CaseFileStore files;
    private final CaseGuard guard;
    private final NeedToKnow needToKnow;

    VettingController(
            VettingFiles vetting,
            VettingConclusions conclusions,
            CaseFileStore files,
            CaseGuard guard,
            NeedToKnow needToKnow) {
        this.vetting = vetting;
        this.conclusions = conclusions;
        this.files = files;
        this.guard = guard;
        this.needToKnow = needToKnow;
    }

    /** The vetting file as it stands: its version, the matrix scored, the checklists' answers, every conclusion. */
    record View(
            long version,
            BonaFides bonaFides,
            List<CaseFile.Answer> answers,
            List<VettingConclusions.Conclusion> conclusions) {}

    @GetMapping("/api/cases/{id}/vetting")
    @Operation(summary = "The vetting file: hypotheses ranked by PARC ACH, rows, linchpins, checklists, conclusions")
    View view(@PathVariable String id, Authentication reader) {
        CaseId caseId = guard.readable(reader, id);
        var stored = files.find(caseId);
        if (stored.isEmpty()) {
            return new View(-1, BonaFides.of(empty()), List.of(), conclusions.of(caseId));
        }
        CaseFile file = CaseFiles.read(stored.get().content());
        return new View(
                stored.get().version(),
                BonaFides.of(file),
                file.vetting() == null ? List.of() : file.vetting().answers(),
                conclusions.of(caseId));
    }

    private static CaseFile empty() {
        return CaseFiles.read("{\"format\": \"haven-case-file/1\", \"title\": \"none\","
                + " \"defectors\": [{\"ref\": \"d\", \"name\": \"none\"}],"
                + " \"sources\": [{\"ref\": \"him\", \"kind\": \"DEFECTOR\"}], \"record\": []}");
    }

    record Version(String caseId, long version) {}

    @PostMapping("/api/cases/{id}/vetting")
    @Operation(
            summary = "Open the case's vetting file (it opens by itself when vetting begins): the standard hypotheses")
    ResponseEntity<Version> open(@PathVariable String id, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        CaseFileStore.Stored s =
                guard.within(officer, caseId, c -> vetting.open(c, officer.getName(), needToKnow.clearance(officer)));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Version(caseId.value(), s.version()));
    }

    record HypothesisRequest(
            @Nullable String text, @Nullable Long version) {}

    @PostMapping("/api/cases/{id}/vetting/hypotheses")
    @Operation(summary = "Add a hypothesis of the officer's own")
    Version hypothesis(@PathVariable String id, @RequestBody HypothesisRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        return done(
                caseId,
                guard.within(officer, caseId, c -> vetting.addHypothesis(c, r.text(), officer.getName(), version)));
    }

    record PremiseRequest(
            @Nullable String hypothesis, @Nullable Long version) {}

    @PostMapping("/api/cases/{id}/vetting/premise")
    @Operation(summary = "Record the hypothesis treated as the premise at the start (once)")
    Version premise(@PathVariable String id, @RequestBody PremiseRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        if (r.hypothesis() == null || r.hypothesis().isBlank()) {
            throw new IllegalArgumentException("hypothesis is required");
        }
        return done(
                caseId,
                guard.within(officer, caseId, c -> vetting.premise(c, r.hypothesis(), officer.getName(), version)));
    }

    record ItemRequest(
            @Nullable String statement,
            @Nullable String text,
            CaseFile.@Nullable ItemKind kind,
            CaseFile.@Nullable Weight credibility,
            CaseFile.@Nullable Weight relevance,
            @Nullable Long version) {}

    @PostMapping("/api/cases/{id}/vetting/items")
    @Operation(summary = "Add an evidence row: a statement of the record, or an argument or absence in words")
    Version item(@PathVariable String id, @RequestBody ItemRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        CaseFile.ItemKind kind = r.kind() != null
                ? r.kind()
                : r.statement() != null ? CaseFile.ItemKind.EVIDENCE : CaseFile.ItemKind.ARGUMENT;
        return done(
                caseId,
                guard.within(
                        officer,
                        caseId,
                        c -> vetting.addItem(
                                c,
                                r.statement(),
                                r.text(),
                                kind,
                                r.credibility(),
                                r.relevance() == null ? CaseFile.Weight.MEDIUM : r.relevance(),
                                officer.getName(),
                                version)));
    }

    record RatingsRequest(
            @Nullable List<VettingFiles.Cell> ratings,
            @Nullable Long version) {}

    record RatedView(String caseId, long version, int added) {}

    @PostMapping("/api/cases/{id}/vetting/ratings")
    @Operation(summary = "Rate cells (CC, C, N, I, II), appended under the officer's name; none overwritten")
    RatedView rate(@PathVariable String id, @RequestBody RatingsRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        List<VettingFiles.Cell> cells = new ArrayList<>();
        for (VettingFiles.Cell c : r.ratings() == null ? List.<VettingFiles.Cell>of() : r.ratings()) {
            if (c == null || c.item() == null || c.hypothesis() == null || c.rating() == null) {
                throw new IllegalArgumentException("each rating names its item, its hypothesis and the rating");
            }
            cells.add(c);
        }
        VettingFiles.Rated rated =
                guard.within(officer, caseId, c -> vetting.rate(c, cells, officer.getName(), version));
        return new RatedView(caseId.value(), rated.file().version(), rated.added());
    }

    record AnswerRequest(
            @Nullable String question,
            @Nullable String judgement,
            @Nullable List<String> items,
            @Nullable Long version) {}

    @PostMapping("/api/cases/{id}/vetting/checklists")
    @Operation(summary = "Answer a deception checklist's question (MOM, POP, MOSES, EVE) with its evidence items")
    Version answer(@PathVariable String id, @RequestBody AnswerRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        return done(
                caseId,
                guard.within(
                        officer,
                        caseId,
                        c -> vetting.answer(
                                c,
                                r.question() == null ? "" : r.question(),
                                r.judgement(),
                                r.items() == null ? List.of() : r.items(),
                                officer.getName(),
                                version)));
    }

    record ConclusionRequest(
            @Nullable String judgement,
            @Nullable Likelihood confidence,
            @Nullable String watchFor) {}

    @PostMapping("/api/cases/{id}/vetting/conclusions")
    @Operation(
            summary =
                    "Propose the vetting conclusion on the file as it stands: the judgement, its confidence (ICD 203),"
                            + " what to watch for; a second vetting officer approves it")
    ResponseEntity<VettingConclusions.Conclusion> conclude(
            @PathVariable String id, @RequestBody ConclusionRequest r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        if (r.confidence() == null) {
            throw new IllegalArgumentException("confidence is required, in ICD 203's words (e.g. LIKELY)");
        }
        VettingConclusions.Conclusion c = guard.within(
                officer,
                caseId,
                k -> conclusions.propose(k, r.judgement(), r.confidence(), r.watchFor(), signedIn(officer)));
        return ResponseEntity.status(HttpStatus.CREATED).body(c);
    }

    record ApprovalRequest(@Nullable Long version) {}

    @PostMapping("/api/cases/{id}/vetting/conclusions/{conclusion}/approval")
    @Operation(
            summary = "A second vetting officer approves the conclusion: it stands, and the case's vetting concludes")
    VettingConclusions.Conclusion approve(
            @PathVariable String id,
            @PathVariable String conclusion,
            @RequestBody ApprovalRequest r,
            Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        long version = version(r.version());
        return guard.within(officer, caseId, k -> {
            if (conclusions
                    .find(conclusion)
                    .filter(c -> c.caseId().equals(k.value()))
                    .isEmpty()) {
                throw new IllegalArgumentException("this case has no conclusion '" + conclusion + "'");
            }
            return conclusions.approve(conclusion, signedIn(officer), version);
        });
    }

    static Officer signedIn(Authentication authentication) {
        return new Officer(authentication.getName(), Officers.roles(authentication));
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new IllegalArgumentException("version (of the case file the change was made on) is required");
        }
        return version;
    }

    private static Version done(CaseId caseId, CaseFileStore.Stored stored) {
        return new Version(caseId.value(), stored.version());
    }
}
