package org.haven.protection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditedRecords;
import org.haven.audit.CanonicalJson;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.TaskKind;
import org.haven.registry.DocumentIngest;
import org.haven.registry.Mention;
import org.haven.registry.NameTrace;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pre-publication review of a defector's manuscript (eight of the twenty wrote memoirs): a text or a PDF submitted,
 * reviewed by a deadline on the decision clock's machinery; Haven proposes the passages that endanger him or others —
 * names the registry holds under a label above unclassified, and his own cover identity or location — and the
 * reviewer rules on each (cleared, redacted with a reason code, changed); the decision goes back with its reasons; an
 * appeal reopens it. Every step is audited.
 */
@Service
public class Manuscripts implements AuditedRecords {

    static final String SUBJECT = "manuscript";

    /** The most a manuscript may hold. */
    public static final int LARGEST = 10 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final DocumentIngest ingest;
    private final NameTrace trace;
    private final ProtectedDetails details;
    private final CaseManagement management;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration reviewTime;
    private final org.haven.exploitation.CaseFileStore files;
    private final org.haven.exploitation.CaseAnalyses analyses;
    private final org.haven.security.Labels labels;

    Manuscripts(
            org.haven.exploitation.CaseFileStore files,
            org.haven.exploitation.CaseAnalyses analyses,
            org.haven.security.Labels labels,
            JdbcClient jdbc,
            DocumentIngest ingest,
            NameTrace trace,
            ProtectedDetails details,
            CaseManagement management,
            AuditLog audit,
            Clock clock,
            @Value("${haven.manuscripts.review-days:14}") int reviewDays) {
        this.files = files;
        this.analyses = analyses;
        this.labels = labels;
        this.jdbc = jdbc;
        this.ingest = ingest;
        this.trace = trace;
        this.details = details;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
        this.reviewTime = Duration.ofDays(reviewDays);
    }

    public enum Status {
        UNDER_REVIEW,
        DECIDED,
        APPEALED
    }

    /** Why a passage is proposed. */
    public enum Concern {
        /** A name the registry holds under a label above unclassified. */
        PROTECTED_NAME,
        /** His cover identity, or part of it. */
        COVER_IDENTITY,
        /** Where he lives now. */
        LOCATION,
        /** A claim of his debriefing, held under a label above the clearance of the public he writes for. */
        CLASSIFIED_CLAIM
    }

    public enum Ruling {
        CLEARED,
        REDACTED,
        CHANGED
    }

    /** The reasons a redaction gives. */
    public enum Reason {
        ENDANGERS_HIM,
        ENDANGERS_OTHERS,
        NAMES_A_PROTECTED_PERSON,
        REVEALS_METHODS,
        CLASSIFIED
    }

    /**
     * A passage Haven proposes, and the reviewer's ruling of it.
     *
     * @param start the offset of its first character in the text
     * @param end the offset past its last
     */
    public record Passage(
            int n,
            int start,
            int end,
            String text,
            Concern concern,
            String why,
            @Nullable Ruling ruling,
            @Nullable Reason reason,
            @Nullable String note,
            @Nullable String ruledBy) {}

    public record Manuscript(
            String id,
            String caseId,
            String title,
            String contentType,
            String content,
            String submittedBy,
            Instant submittedAt,
            Instant due,
            Status status,
            List<Passage> passages,
            @Nullable String decision,
            @Nullable String decidedBy,
            @Nullable String appeal,
            long version) {}

    /** A manuscript that is neither text nor PDF. */
    public static final class NotAManuscript extends RuntimeException implements org.haven.refusal.Refusal {

        NotAManuscript(String message) {
            super(message);
        }

        @Override
        public int httpStatus() {
            return 415;
        }

        @Override
        public String title() {
            return "Not a manuscript Haven reads";
        }

        @Override
        public String type() {
            return "urn:haven:problem:not-a-manuscript";
        }
    }

    /** The text of a submission: UTF-8 text, or a PDF's text; anything else is refused with the reason. */
    public static String text(byte[] bytes, @Nullable String contentType) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("the manuscript is empty");
        }
        if (bytes.length > LARGEST) {
            throw new IllegalArgumentException("a manuscript is at most " + (LARGEST >> 20) + " MB");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean pdf = bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        if (pdf) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            } catch (IOException e) {
                throw new NotAManuscript("the PDF cannot be read: " + e.getMessage());
            }
        }
        if (type.startsWith("application/pdf")) {
            throw new NotAManuscript("the file is sent as a PDF but is not one");
        }
        if (!type.isEmpty() && !type.startsWith("text/plain")) {
            throw new NotAManuscript("a manuscript is plain text (UTF-8) or a PDF, not " + contentType);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new NotAManuscript("a manuscript is plain text (UTF-8) or a PDF: this holds binary data");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new NotAManuscript("a manuscript is plain text (UTF-8) or a PDF: this is neither");
        }
    }

    /** Submits a manuscript: its passages proposed, a review task due by the policy's days, audited. */
    @Transactional
    public Manuscript submit(
            CaseId caseId,
            String title,
            String text,
            String contentType,
            String officer,
            org.springframework.security.core.Authentication reader) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a manuscript needs its title");
        }
        List<Passage> passages = propose(caseId, text, reader);
        Instant now = clock.instant();
        String id = "manuscript-" + UUID.randomUUID();
        jdbc.sql(
                        "insert into manuscript (id, case_id, title, content_type, content, submitted_by, submitted_at, due_at,"
                                + " status, proposals, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'UNDER_REVIEW', ?, 0)")
                .params(
                        id,
                        caseId.value(),
                        title.strip(),
                        contentType,
                        text,
                        officer,
                        now.atOffset(ZoneOffset.UTC),
                        now.plus(reviewTime).atOffset(ZoneOffset.UTC),
                        JSON.writeValueAsString(passages))
                .update();
        Manuscript m = find(id).orElseThrow();
        management.assignTask(
                caseId,
                TaskKind.OTHER,
                "Review the manuscript \"" + cut(m.title(), 300) + "\": " + passages.size() + " passages proposed",
                officer,
                m.due(),
                officer);
        record(officer, "ManuscriptSubmitted", m, Map.of("proposed", passages.size()));
        return m;
    }

    /**
     * What endangers him or others: the names the registry holds under a label above unclassified (found through
     * the ingest, among every person, so that those hidden from the public are found), and his own cover identity
     * and location where the text holds them.
     */
    private List<Passage> propose(CaseId caseId, String text, org.springframework.security.core.Authentication reader) {
        Set<String> hidden = new HashSet<>();
        List<Mention> mentions = ingest.ingest(text, match -> {
            if (!trace.openToEveryone(match)) {
                hidden.add(match.personId());
            }
            return true;
        });
        List<Passage> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.personId() != null && hidden.contains(m.personId())) {
                out.add(new Passage(
                        0,
                        m.start(),
                        m.end(),
                        m.text(),
                        Concern.PROTECTED_NAME,
                        "a name the registry holds under a label above unclassified",
                        null,
                        null,
                        null,
                        null));
            }
        }
        for (ProtectedField field : List.of(ProtectedField.COVER_IDENTITY, ProtectedField.CURRENT_LOCATION)) {
            // Read for the review by the reviewer's own clearance, and so audited; what he may not read is not sought.
            Optional<ProtectedDetails.Detail> detail = details.read(reader, caseId.value(), field);
            if (detail.isEmpty()) {
                continue;
            }
            for (String part : detail.get().value().split("[\\s,;]+")) {
                if (part.length() < 4 || !Character.isUpperCase(part.codePointAt(0))) {
                    continue; // a word of the detail that names (a surname, a town), not "of" or "the"
                }
                String lower = text.toLowerCase(Locale.ROOT);
                String sought = part.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
                    out.add(new Passage(
                            0,
                            at,
                            at + part.length(),
                            text.substring(at, at + part.length()),
                            field == ProtectedField.COVER_IDENTITY ? Concern.COVER_IDENTITY : Concern.LOCATION,
                            field == ProtectedField.COVER_IDENTITY
                                    ? "a word of his cover identity"
                                    : "a word of where he lives now",
                            null,
                            null,
                            null,
                            null));
                }
            }
        }
        out.addAll(claims(caseId, text));
        out.sort(java.util.Comparator.comparingInt(Passage::start));
        List<Passage> numbered = new ArrayList<>();
        for (Passage p : out) {
            numbered.add(new Passage(
                    numbered.size() + 1, p.start(), p.end(), p.text(), p.concern(), p.why(), null, null, null, null));
        }
        return numbered;
    }

    /** The public a manuscript is written for: anyone. */
    static final org.haven.security.Clearance PUBLIC = org.haven.security.Clearance.parse("UNCLASSIFIED");

    /**
     * The claims of his debriefing the manuscript repeats, when the case is held above what the public may read: a
     * sentence that names a claim's subject and states one of its values.
     */
    private List<Passage> claims(CaseId caseId, String text) {
        var label = labels.current("case", caseId.value());
        var stored = files.find(caseId);
        if (label.isEmpty() || stored.isEmpty() || PUBLIC.dominates(label.get().label())) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        List<int[]> spans = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next();
                end != java.text.BreakIterator.DONE;
                start = end, end = sentences.next()) {
            spans.add(new int[] {start, end});
        }
        for (org.haven.exploitation.Analysis.Claim claim :
                analyses.of(stored.get()).claims()) {
            String surname = claim.subject().replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
            if (surname.length() < 3) {
                continue;
            }
            for (String value : claim.values()) {
                String v = value.toLowerCase(Locale.ROOT);
                if (v.length() < 2 || v.equals("true") || v.equals("false")) {
                    continue;
                }
                for (int[] span : spans) {
                    String sentence = lower.substring(span[0], span[1]);
                    int at = sentence.indexOf(v);
                    if (sentence.contains(surname) && at >= 0 && isWord(sentence, at, v.length())) {
                        out.add(new Passage(
                                0,
                                span[0] + at,
                                span[0] + at + v.length(),
                                text.substring(span[0] + at, span[0] + at + v.length()),
                                Concern.CLASSIFIED_CLAIM,
                                "a claim of his debriefing (" + claim.property() + "), held "
                                        + label.get().label().level() + ", above the public he writes for",
                                null,
                                null,
                                null,
                                null));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        boolean after = at + length >= text.length() || !Character.isLetterOrDigit(text.charAt(at + length));
        return before && after;
    }

    /** The reviewer's ruling of one passage. */
    @Transactional
    public Manuscript rule(
            String id,
            int n,
            Ruling ruling,
            @Nullable Reason reason,
            @Nullable String note,
            String officer,
            long version) {
        Manuscript m = current(id, version);
        if (m.status() == Status.DECIDED) {
            throw new IllegalArgumentException("the manuscript is decided: an appeal reopens it");
        }
        if (ruling == Ruling.REDACTED && reason == null) {
            throw new IllegalArgumentException("a redaction gives its reason code");
        }
        if (ruling == Ruling.CHANGED && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a change says what it is changed to");
        }
        List<Passage> passages = new ArrayList<>();
        boolean found = false;
        for (Passage p : m.passages()) {
            if (p.n() == n) {
                found = true;
                passages.add(new Passage(
                        p.n(),
                        p.start(),
                        p.end(),
                        p.text(),
                        p.concern(),
                        p.why(),
                        ruling,
                        reason,
                        note == null || note.isBlank() ? null : note.strip(),
                        officer));
            } else {
                passages.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("the manuscript has no proposed passage " + n);
        }
        save(id, passages, version);
        Manuscript ruled = find(id).orElseThrow();
        record(officer, "ManuscriptPassageRuled", ruled, Map.of("passage", n, "ruling", ruling.name()));
        return ruled;
    }

    /** The decision, with its reasons, once every proposed passage has its ruling. */
    @Transactional
    public Manuscript decide(String id, String reasons, String officer, long version) {
        Manuscript m = current(id, version);
        if (m.status() == Status.DECIDED) {
            throw new IllegalArgumentException("the manuscript is decided already");
        }
        long open = m.passages().stream().filter(p -> p.ruling() == null).count();
        if (open > 0) {
            throw new IllegalArgumentException(open + " proposed passages await a ruling");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("the decision goes back to him with its reasons");
        }
        jdbc.sql("update manuscript set status = 'DECIDED', decision = ?, decided_by = ?, decided_at = ?, version ="
                        + " version + 1 where id = ? and version = ?")
                .params(reasons.strip(), officer, clock.instant().atOffset(ZoneOffset.UTC), id, version)
                .update();
        Manuscript decided = find(id).orElseThrow();
        record(officer, "ManuscriptDecided", decided, Map.of());
        return decided;
    }

    /** His appeal: the decision reopened, a review due again. */
    @Transactional
    public Manuscript appeal(String id, String grounds, String officer, long version) {
        Manuscript m = current(id, version);
        if (m.status() != Status.DECIDED) {
            throw new IllegalArgumentException("an appeal is of a decision");
        }
        if (grounds == null || grounds.isBlank()) {
            throw new IllegalArgumentException("an appeal gives its grounds");
        }
        jdbc.sql(
                        "update manuscript set status = 'APPEALED', appeal = ?, due_at = ?, version = version + 1 where id = ?")
                .params(grounds.strip(), clock.instant().plus(reviewTime).atOffset(ZoneOffset.UTC), id)
                .update();
        Manuscript appealed = find(id).orElseThrow();
        management.assignTask(
                new CaseId(m.caseId()),
                TaskKind.OTHER,
                "Review the appeal on the manuscript \"" + cut(m.title(), 300) + "\"",
                m.decidedBy() == null ? m.submittedBy() : m.decidedBy(),
                appealed.due(),
                officer);
        record(officer, "ManuscriptAppealed", appealed, Map.of());
        return appealed;
    }

    private void save(String id, List<Passage> passages, long version) {
        jdbc.sql("update manuscript set proposals = ?, version = version + 1 where id = ? and version = ?")
                .params(JSON.writeValueAsString(passages), id, version)
                .update();
    }

    private Manuscript current(String id, long version) {
        Manuscript m =
                find(id).orElseThrow(() -> new IllegalArgumentException("no manuscript has the id '" + id + "'"));
        if (m.version() != version) {
            throw new IllegalArgumentException(
                    "the manuscript is at version " + m.version() + ", not " + version + ": read it again");
        }
        return m;
    }

    @Transactional(readOnly = true)
    public List<Manuscript> of(CaseId caseId) {
        return jdbc.sql("select " + COLUMNS + " from manuscript where case_id = ? order by submitted_at desc, id")
                .param(caseId.value())
                .query(Manuscripts::row)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Manuscript> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from manuscript where id = ?")
                .param(id)
                .query(Manuscripts::row)
                .optional();
    }

    private void record(String officer, String action, Manuscript m, Map<String, Object> more) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("case", m.caseId());
        d.put("title", m.title());
        d.put("status", m.status().name());
        d.put("version", m.version());
        d.putAll(more);
        audit.append(new AuditRecord(officer, action, SUBJECT, m.id(), d, hash(m)));
    }

    private static String hash(Manuscript m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", m.id());
        s.put("case", m.caseId());
        s.put("title", m.title());
        s.put("sha256", org.haven.audit.StateHash.of(m.content()));
        s.put("status", m.status().name());
        s.put("passages", JSON.writeValueAsString(m.passages()));
        s.put("decision", m.decision());
        s.put("appeal", m.appeal());
        s.put("version", m.version());
        return CanonicalJson.hash(s);
    }

    private static String cut(String text, int most) {
        return text.length() > most ? text.substring(0, most - 1) + "…" : text;
    }

    private static final String COLUMNS =
            "id, case_id, title, content_type, content, submitted_by, submitted_at, due_at,"
                    + " status, proposals, decision, decided_by, appeal, version";

    private static Manuscript row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Manuscript(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                rs.getObject(8, java.time.OffsetDateTime.class).toInstant(),
                Status.valueOf(rs.getString(9)),
                JSON.readValue(rs.getString(10), new TypeReference<List<Passage>>() {}),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getLong(14));
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from manuscript order by id")
                .query(Manuscripts::row)
                .list()
                .forEach(m -> states.put(m.id(), hash(m)));
        return states;
    }
}
