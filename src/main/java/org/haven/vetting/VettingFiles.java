package org.haven.vetting;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.cases.CaseEvent;
import org.haven.cases.CaseId;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.Clearance;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case's vetting file, kept in its case file's {@code vetting} section: opened when vetting begins with the
 * standard hypotheses proposed; officers add their own hypotheses, the evidence rows (the record's statements, their
 * own arguments and absences), their ratings (appended with name and time, never overwritten) and the checklists'
 * answers. Every change names the file's version it was made on, is validated whole and audited.
 */
@Service
public class VettingFiles {

    /** Heuer's reasonable explanations of a defector, proposed when a vetting file opens. */
    public static final List<String> STANDARD = List.of(
            "genuine",
            "genuine but embroidering",
            "a plant sent to penetrate",
            "a plant sent to mislead or discredit",
            "a fabricator after money or asylum",
            "a re-defector who will go back");

    private final CaseFileStore store;
    private final Clock clock;

    VettingFiles(CaseFileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Vetting begins: the file opens (with a case file, if the case had none), in the move's own transaction. */
    @EventListener
    void on(CaseEvent.VettingBegun begun) {
        open(begun.caseId(), begun.move().officer(), null);
    }

    /**
     * Opens the case's vetting file, unless it is open: the standard hypotheses proposed.
     *
     * @return the case file as it stands
     */
    @Transactional
    public CaseFileStore.Stored open(CaseId caseId, String officer, @Nullable Clearance clearance) {
        CaseFileStore.Stored stored = store.find(caseId)
                .orElseGet(() ->
                        store.start(caseId, officer, clearance == null ? Clearance.parse("UNCLASSIFIED") : clearance));
        CaseFile file = CaseFiles.read(stored.content());
        if (file.vetting() != null && !file.vetting().hypotheses().isEmpty()) {
            return stored;
        }
        return store.amendVetting(caseId, stored.version(), officer, "VettingFileOpened", Map.of(), v -> {
            ArrayNode hypotheses = v.withArray("hypotheses");
            Set<String> refs = refs(v.path("hypotheses"));
            int n = 1;
            for (String text : STANDARD) {
                while (refs.contains("H" + n)) {
                    n++;
                }
                hypotheses.addObject().put("ref", "H" + n).put("text", text).put("proposedBy", officer);
                refs.add("H" + n);
            }
            v.withArray("items");
            v.withArray("ratings");
        });
    }

    /** An officer's own hypothesis. */
    @Transactional
    public CaseFileStore.Stored addHypothesis(CaseId caseId, String text, String officer, long version) {
        String written = required(text, "a hypothesis needs its words");
        Map<String, Object> details = new LinkedHashMap<>();
        return store.amendVetting(caseId, version, officer, "HypothesisAdded", details, v -> {
            String ref = next("H", refs(v.path("hypotheses")));
            details.put("hypothesis", ref);
            v.withArray("hypotheses")
                    .addObject()
                    .put("ref", ref)
                    .put("text", written)
                    .put("proposedBy", officer);
        });
    }

    /**
     * The hypothesis treated as the premise at the start: said once, before the evidence is weighed, so that where
     * the evidence ends can be set beside it.
     */
    @Transactional
    public CaseFileStore.Stored premise(CaseId caseId, String hypothesis, String officer, long version) {
        return store.amendVetting(
                caseId, version, officer, "VettingPremiseRecorded", Map.of("premise", hypothesis), v -> {
                    if (v.has("premise")) {
                        throw new IllegalArgumentException("the premise was recorded already ("
                                + v.path("premise").asString() + "): it is history");
                    }
                    v.put("premise", hypothesis);
                });
    }

    /** An evidence row: a statement of the record, or an officer's argument or absence. */
    @Transactional
    public CaseFileStore.Stored addItem(
            CaseId caseId,
            @Nullable String statement,
            @Nullable String text,
            CaseFile.ItemKind kind,
            CaseFile.@Nullable Weight credibility,
            CaseFile.Weight relevance,
            String officer,
            long version) {
        if ((statement == null || statement.isBlank()) && (text == null || text.isBlank())) {
            throw new IllegalArgumentException(
                    "an item is a statement of the record, or an argument or absence in words");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        return store.amendVetting(caseId, version, officer, "VettingItemAdded", details, v -> {
            String ref = next("E", refs(v.path("items")));
            details.put("item", ref);
            ObjectNode item = v.withArray("items").addObject().put("ref", ref);
            if (statement != null && !statement.isBlank()) {
                item.put("statement", statement.strip());
            }
            if (text != null && !text.isBlank()) {
                item.put("text", text.strip());
            }
            item.put("kind", kind.name());
            if (credibility != null) {
                item.put("credibility", credibility.name());
            }
            item.put("relevance", relevance.name()).put("writtenBy", officer);
        });
    }

    /** One cell's rating by an officer. */
    public record Cell(String item, String hypothesis, CaseFile.Consistency rating) {}

    /**
     * An officer's ratings, appended with his name and the time; a cell he rates as he rated it last is left as it
     * stands. The item and the hypothesis must be this case's.
     *
     * @return how many ratings were added, and the file as it stands
     */
    @Transactional
    public Rated rate(CaseId caseId, List<Cell> cells, String officer, long version) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no rating given");
        }
        int[] added = new int[1];
        CaseFileStore.Stored stored =
                store.amendVetting(caseId, version, officer, "VettingRated", new LinkedHashMap<>(), v -> {
                    Set<String> items = refs(v.path("items"));
                    Set<String> hypotheses = refs(v.path("hypotheses"));
                    Map<String, String> mine = new LinkedHashMap<>();
                    for (JsonNode r : v.path("ratings")) {
                        if (officer.equals(r.path("officer").asString(""))) {
                            mine.put(
                                    r.path("item").asString() + "\u0000"
                                            + r.path("hypothesis").asString(),
                                    r.path("rating").asString());
                        }
                    }
                    ArrayNode ratings = v.withArray("ratings");
                    for (Cell c : cells) {
                        if (!items.contains(c.item())) {
                            throw new IllegalArgumentException(
                                    "this case's vetting file has no item '" + c.item() + "'");
                        }
                        if (!hypotheses.contains(c.hypothesis())) {
                            throw new IllegalArgumentException(
                                    "this case's vetting file has no hypothesis '" + c.hypothesis() + "'");
                        }
                        if (c.rating().name().equals(mine.get(c.item() + "\u0000" + c.hypothesis()))) {
                            continue;
                        }
                        ratings.addObject()
                                .put("item", c.item())
                                .put("hypothesis", c.hypothesis())
                                .put("rating", c.rating().name())
                                .put("officer", officer)
                                .put("at", clock.instant().toString());
                        added[0]++;
                    }
                    if (added[0] == 0) {
                        throw new IllegalArgumentException("every cell stands as you rated it last: nothing to add");
                    }
                });
        return new Rated(added[0], stored);
    }

    public record Rated(int added, CaseFileStore.Stored file) {}

    /** A checklist's question answered, with the evidence items the judgement rests on. */
    @Transactional
    public CaseFileStore.Stored answer(
            CaseId caseId, String question, String judgement, List<String> items, String officer, long version) {
        Checklists.Question q = Checklists.question(question);
        String written = required(judgement, "an answer needs its judgement");
        return store.amendVetting(caseId, version, officer, "ChecklistAnswered", Map.of("question", q.id()), v -> {
            Set<String> known = refs(v.path("items"));
            ObjectNode checklists =
                    v.path("checklists").isObject() ? (ObjectNode) v.get("checklists") : v.putObject("checklists");
            ObjectNode answer = checklists
                    .withArray(q.checklist())
                    .addObject()
                    .put("question", q.id())
                    .put("judgement", written)
                    .put("officer", officer)
                    .put("at", clock.instant().toString());
            ArrayNode rests = answer.putArray("items");
            for (String item : items) {
                if (!known.contains(item)) {
                    throw new IllegalArgumentException("this case's vetting file has no item '" + item + "'");
                }
                rests.add(item);
            }
        });
    }

    private static Set<String> refs(JsonNode list) {
        Set<String> refs = new HashSet<>();
        list.forEach(n -> refs.add(n.path("ref").asString()));
        return refs;
    }

    private static String next(String prefix, Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static String required(@Nullable String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }
}
