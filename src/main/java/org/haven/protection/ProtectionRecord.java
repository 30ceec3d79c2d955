package org.haven.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.TaskKind;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.Clearance;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The protection record of a live case, kept in its case file's record as the format writes it: a threat reported or
 * its status changed, a measure against a threat, a contact or work given him, a relative. A threat's reassessment
 * and a measure's review become tasks of the case on their dates, for the officer who set them and the measure's
 * owner.
 */
@Service
public class ProtectionRecord {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseFileStore files;
    private final CaseManagement management;
    private final org.haven.vetting.VettingFiles vetting;
    private final Clock clock;

    ProtectionRecord(
            CaseFileStore files, CaseManagement management, org.haven.vetting.VettingFiles vetting, Clock clock) {
        this.files = files;
        this.management = management;
        this.vetting = vetting;
        this.clock = clock;
    }

    public enum ThreatType {
        KIDNAPPING,
        ASSASSINATION,
        EXTRADITION_REQUEST,
        DEFAMATION,
        PLANTED_DOCUMENT,
        SURVEILLANCE,
        FAMILY_PRESSURE,
        HOSTILE_APPROACH,
        EXPOSURE,
        DRINK,
        DEBT,
        CONTACT_WITH_OTHER_SIDE,
        WISH_TO_RETURN
    }

    public enum MeasureType {
        CUSTODY,
        EVACUATION,
        SAFE_HOUSE,
        CHANGE_OF_NAME,
        RELOCATION,
        LEGAL_DEFENCE,
        PRESS_LINE,
        OTHER
    }

    /** A threat reported, or a known one's status changed (the same ref). */
    public record ThreatReport(
            @Nullable String ref,
            @Nullable String type,
            @Nullable String status,
            @Nullable String target,
            @Nullable String source,
            @Nullable String reassess,
            @Nullable String decision,
            @Nullable String note) {}

    public record MeasureTaken(
            @Nullable String threat,
            @Nullable String type,
            @Nullable String owner,
            @Nullable String review,
            @Nullable String note) {}

    @Transactional
    public CaseFileStore.Stored threat(
            CaseId caseId, ThreatReport r, String officer, Clearance clearance, long version) {
        CaseFileStore.Stored stored = opened(caseId, officer, clearance);
        ProtectionAnalysis now =
                ProtectionAnalysis.of(CaseFiles.read(stored.content()), ProtectionAnalysis.Policy.DEFAULT, null);
        Set<String> known = new HashSet<>();
        now.threats().forEach(t -> known.add(t.ref()));
        ObjectNode e = entry("THREAT");
        String ref = blank(r.ref());
        String type = blank(r.type());
        if (ref != null && known.contains(ref)) {
            type = type == null
                    ? now.threats().stream()
                            .filter(t -> t.ref().equals(r.ref()))
                            .findFirst()
                            .orElseThrow()
                            .type()
                    : type;
        } else {
            int n = known.size() + 1;
            while (known.contains("T" + n)) {
                n++;
            }
            ref = ref == null ? "T" + n : ref;
        }
        if (type == null) {
            throw new IllegalArgumentException("a threat needs its type");
        }
        e.put("ref", ref);
        e.put("type", choice(type, ThreatType.class, "the threat's type"));
        put(e, "status", r.status() == null ? null : choice(r.status(), Status.class, "the status"));
        put(e, "target", r.target() == null ? null : choice(r.target(), Target.class, "the target"));
        put(e, "source", blank(r.source()));
        String reassess = day(r.reassess(), "the reassessment date");
        put(e, "reassess", reassess);
        put(e, "decision", blank(r.decision()));
        put(e, "note", blank(r.note()));
        CaseFileStore.Stored after = files.append(caseId, e, version(stored, version), officer);
        if (reassess != null) {
            task(caseId, "Reassess threat " + ref + " (" + words(type) + ")", officer, reassess, officer);
        }
        // A planted document is evidence for the vetting file: the hostile service wants him thought a plant.
        CaseFile file = CaseFiles.read(after.content());
        if (e.path("type").asString().equals("PLANTED_DOCUMENT")
                && file.vetting() != null
                && !file.vetting().hypotheses().isEmpty()
                && (ref == null || !known.contains(ref))) {
            after = vetting.addItem(
                    caseId,
                    null,
                    "a planted document (threat " + ref + "): the hostile service wants him thought a plant",
                    CaseFile.ItemKind.EVIDENCE,
                    null,
                    CaseFile.Weight.HIGH,
                    officer,
                    after.version());
        }
        return after;
    }

    @Transactional
    public CaseFileStore.Stored measure(
            CaseId caseId, MeasureTaken m, String officer, Clearance clearance, long version) {
        CaseFileStore.Stored stored = opened(caseId, officer, clearance);
        String threat = blank(m.threat());
        if (threat == null) {
            throw new IllegalArgumentException("a measure is taken against a threat: name it");
        }
        String type = blank(m.type());
        if (type == null) {
            throw new IllegalArgumentException("a measure needs its type");
        }
        String owner = blank(m.owner()) == null ? officer : blank(m.owner());
        ObjectNode e = entry("MEASURE");
        e.put("ref", "M" + (countOf(stored, "MEASURE") + 1));
        e.put("threat", threat);
        e.put("type", choice(type, MeasureType.class, "the measure's type"));
        e.put("owner", owner);
        String review = day(m.review(), "the review date");
        put(e, "review", review);
        put(e, "note", blank(m.note()));
        CaseFileStore.Stored after = files.append(caseId, e, version(stored, version), officer);
        if (review != null) {
            task(
                    caseId,
                    "Review measure " + e.path("ref").asString() + " (" + words(type) + ") against threat " + threat,
                    owner,
                    review,
                    officer);
        }
        return after;
    }

    /** A handler's contact with him, or work given him. */
    @Transactional
    public CaseFileStore.Stored contact(
            CaseId caseId, boolean work, @Nullable String note, String officer, Clearance clearance, long version) {
        return contact(caseId, work, note, null, null, null, officer, clearance, version);
    }

    /**
     * A contact with what was promised him in it, the promise it kept, and how far he trusts his handlers now.
     *
     * @param kept the promise kept (P1, P2…), which must be one made and not kept yet
     */
    @Transactional
    public CaseFileStore.Stored contact(
            CaseId caseId,
            boolean work,
            @Nullable String note,
            @Nullable String promise,
            @Nullable String kept,
            @Nullable String trust,
            String officer,
            Clearance clearance,
            long version) {
        CaseFileStore.Stored stored = opened(caseId, officer, clearance);
        ObjectNode e = entry("CONTACT");
        e.put("officer", officer);
        e.put("work", work);
        put(e, "note", blank(note));
        put(e, "promise", blank(promise));
        if (blank(kept) != null) {
            ProtectionAnalysis now =
                    ProtectionAnalysis.of(CaseFiles.read(stored.content()), ProtectionAnalysis.Policy.DEFAULT, null);
            if (!now.unkept().contains(blank(kept))) {
                throw new IllegalArgumentException("no promise made him and not yet kept is '" + blank(kept) + "'");
            }
            e.put("kept", blank(kept));
        }
        put(e, "trust", trust == null || trust.isBlank() ? null : choice(trust, Trust.class, "his trust"));
        return files.append(caseId, e, version(stored, version), officer);
    }

    enum Trust {
        TRUSTED,
        WARY,
        DISTRUSTED
    }

    /** A relative: who, and where (at home within the hostile service's reach, abroad, with him). */
    @Transactional
    public CaseFileStore.Stored relative(
            CaseId caseId,
            @Nullable String relation,
            @Nullable String where,
            @Nullable Boolean atRisk,
            String officer,
            Clearance clearance,
            long version) {
        CaseFileStore.Stored stored = opened(caseId, officer, clearance);
        if (blank(relation) == null) {
            throw new IllegalArgumentException("a relative needs his or her relation to him (wife, son, mother…)");
        }
        ObjectNode e = entry("RELATIVE");
        e.put("ref", "R" + (countOf(stored, "RELATIVE") + 1));
        e.put("relation", blank(relation));
        put(e, "where", where == null || where.isBlank() ? null : choice(where, Where.class, "where he or she is"));
        if (atRisk != null) {
            e.put("atRisk", atRisk);
        }
        return files.append(caseId, e, version(stored, version), officer);
    }

    enum Status {
        REPORTED,
        ASSESSED,
        ACTIVE,
        RESOLVED
    }

    enum Target {
        HIM,
        RELATIVE,
        HANDLER
    }

    enum Where {
        AT_HOME,
        ABROAD,
        WITH_HIM
    }

    private CaseFileStore.Stored opened(CaseId caseId, String officer, Clearance clearance) {
        return files.find(caseId).orElseGet(() -> files.start(caseId, officer, clearance));
    }

    /** A form filled in before the record was opened names version −1: it is the record as just opened. */
    private static long version(CaseFileStore.Stored stored, long version) {
        return version < 0 && stored.version() == 0 ? 0 : version;
    }

    private static long countOf(CaseFileStore.Stored stored, String kind) {
        return CaseFiles.read(stored.content()).record().stream()
                .filter(e -> e instanceof CaseFile.Other o && o.kind().equals(kind))
                .count();
    }

    private void task(CaseId caseId, String title, String owner, String day, String officer) {
        Instant due = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (due.isAfter(clock.instant())) {
            management.assignTask(caseId, TaskKind.OTHER, title, owner, due, officer);
        }
    }

    private ObjectNode entry(String kind) {
        ObjectNode e = JSON.createObjectNode();
        e.put("at", clock.instant().toString());
        e.put("kind", kind);
        return e;
    }

    private static @Nullable String day(@Nullable String text, String what) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 1900 || day.getYear() > 2200) {
                throw new IllegalArgumentException(what + ": " + day + " is no day of this work");
            }
            return day.toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + ": '" + value + "' is not a date (1950-01-20)");
        }
    }

    private static <E extends Enum<E>> String choice(String value, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + value + "' is not one of the choices");
        }
    }

    private static String words(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void put(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
