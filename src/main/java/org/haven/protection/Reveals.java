package org.haven.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditedRecords;
import org.haven.audit.CanonicalJson;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.TaskKind;
import org.haven.security.Accounts;
import org.haven.security.Officers;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resettled defector's cover identity and location are shown only through a reveal: an officer asks for one field
 * of one case, for a stated purpose and a time; two custodians — resettlement officers other than him — approve; the
 * reveal holds until its time ends or a custodian revokes it. The custodians who did not approve are told, and the
 * protection officers get a review task. In an emergency a protection officer may break the glass: the reveal holds
 * at once, every custodian is told, and he owes a written after-action review. Every step is in the audit record.
 */
@Service
public class Reveals implements AuditedRecords {

    static final String SUBJECT = "reveal";

    /** The longest a reveal may be asked for. */
    public static final Duration LONGEST = Duration.ofDays(7);

    /** The longest a broken glass holds. */
    public static final Duration EMERGENCY = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final ProtectedDetails details;
    private final CaseManagement management;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final org.haven.security.NeedToKnow needToKnow;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    Reveals(
            JdbcClient jdbc,
            ProtectedDetails details,
            CaseManagement management,
            Accounts accounts,
            AuditLog audit,
            Clock clock,
            org.haven.security.NeedToKnow needToKnow,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.needToKnow = needToKnow;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.details = details;
        this.management = management;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Status {
        REQUESTED,
        GRANTED,
        REFUSED,
        REVOKED,
        EXPIRED,
        BREAK_GLASS
    }

    public record Reveal(
            String id,
            String caseId,
            String field,
            String requestedBy,
            String purpose,
            Instant requestedAt,
            Instant until,
            Status status,
            @Nullable String firstCustodian,
            @Nullable String secondCustodian,
            @Nullable Instant grantedAt,
            @Nullable String endedBy,
            @Nullable Instant endedAt,
            @Nullable String review,
            long version) {

        /** Whether it shows the field now. */
        public boolean holds(Instant now) {
            return (status == Status.GRANTED || status == Status.BREAK_GLASS) && now.isBefore(until);
        }
    }

    /** A read of a revealed field refused: no reveal holds for him (or its time has ended). */
    public static final class NotRevealed extends RuntimeException implements org.haven.refusal.Refusal {

        NotRevealed(String message) {
            super(message);
        }

        @Override
        public int httpStatus() {
            return 403;
        }

        @Override
        public String title() {
            return "Not revealed";
        }

        @Override
        public String type() {
            return "urn:haven:problem:not-revealed";
        }
    }

    /** Whether a field is shown only through a reveal: the cover identity and the location. */
    public static boolean guarded(ProtectedField field) {
        return field == ProtectedField.COVER_IDENTITY || field == ProtectedField.CURRENT_LOCATION;
    }

    @Transactional
    public Reveal request(CaseId caseId, ProtectedField field, String purpose, Instant until, String officer) {
        if (!guarded(field)) {
            throw new IllegalArgumentException(field.slug() + " is read within the clearance, without a reveal");
        }
        requireText(purpose, "a reveal needs its purpose");
        Instant now = clock.instant();
        if (!until.isAfter(now) || until.isAfter(now.plus(LONGEST))) {
            throw new IllegalArgumentException(
                    "a reveal is asked for a time ahead, at most " + LONGEST.toDays() + " days");
        }
        String id = insert(caseId, field, officer, purpose, until, Status.REQUESTED);
        Reveal r = find(id).orElseThrow();
        record(officer, "RevealRequested", r);
        return r;
    }

    /** A custodian approves; the second custodian's approval grants the reveal. */
    @Transactional
    public Reveal approve(String id, Authentication custodian, long version) {
        Reveal r = current(id, version);
        String name = custodian.getName();
        requireCustodian(custodian);
        if (r.status() != Status.REQUESTED) {
            throw new IllegalArgumentException("the reveal is " + words(r.status()) + ", not awaiting approval");
        }
        if (name.equals(r.requestedBy())) {
            throw new IllegalArgumentException("a reveal is approved by custodians other than the officer who asked");
        }
        if (name.equals(r.firstCustodian())) {
            throw new IllegalArgumentException("a second custodian, not " + name + " again, must approve it");
        }
        if (!clock.instant().isBefore(r.until())) {
            return expire(r);
        }
        if (r.firstCustodian() == null) {
            update("first_custodian = ?", id, name);
            Reveal first = find(id).orElseThrow();
            record(name, "RevealApproved", first);
            return first;
        }
        jdbc.sql("update reveal set second_custodian = ?, status = 'GRANTED', granted_at = ?, version = version + 1"
                        + " where id = ?")
                .params(name, clock.instant().atOffset(ZoneOffset.UTC), id)
                .update();
        Reveal granted = find(id).orElseThrow();
        record(name, "RevealGranted", granted);
        for (String other : accounts.holding(Role.RESETTLEMENT)) {
            if (!other.equals(r.requestedBy()) && !other.equals(r.firstCustodian()) && !other.equals(name)) {
                tell(
                        granted,
                        other,
                        "Told of a reveal: " + r.requestedBy() + " may read the " + r.field() + " until " + r.until()
                                + ", approved by " + r.firstCustodian() + " and " + name + " (" + r.purpose() + ")");
            }
        }
        for (String protection : accounts.holding(Role.PROTECTION)) {
            tell(
                    granted,
                    protection,
                    "Review the reveal of the " + r.field() + " to " + r.requestedBy() + ": " + r.purpose());
        }
        return granted;
    }

    @Transactional
    public Reveal refuse(String id, Authentication custodian, long version) {
        Reveal r = current(id, version);
        requireCustodian(custodian);
        if (r.status() != Status.REQUESTED) {
            throw new IllegalArgumentException("the reveal is " + words(r.status()) + ", not awaiting approval");
        }
        return end(r, Status.REFUSED, custodian.getName(), "RevealRefused");
    }

    @Transactional
    public Reveal revoke(String id, Authentication custodian, long version) {
        Reveal r = current(id, version);
        requireCustodian(custodian);
        if (!r.holds(clock.instant())) {
            throw new IllegalArgumentException("the reveal does not hold: nothing to revoke");
        }
        return end(r, Status.REVOKED, custodian.getName(), "RevealRevoked");
    }

    /** An emergency: a protection officer breaks the glass, every custodian is told, his review is owed. */
    @Transactional
    public Reveal breakGlass(CaseId caseId, ProtectedField field, String purpose, Authentication officer) {
        if (!Officers.roles(officer).contains(Role.PROTECTION)) {
            throw new IllegalArgumentException("only a protection officer may break the glass");
        }
        if (!guarded(field)) {
            throw new IllegalArgumentException(field.slug() + " is read within the clearance, without a reveal");
        }
        requireText(purpose, "breaking the glass needs its reason, written now");
        Instant until = clock.instant().plus(EMERGENCY);
        String id = insert(caseId, field, officer.getName(), purpose, until, Status.BREAK_GLASS);
        Reveal r = find(id).orElseThrow();
        record(officer.getName(), "RevealBrokenGlass", r);
        for (String custodian : accounts.holding(Role.RESETTLEMENT)) {
            tell(
                    r,
                    custodian,
                    "Break glass: " + officer.getName() + " opened the " + field.slug() + " (" + purpose + ")");
        }
        tell(r, officer.getName(), "Write the after-action review of the break glass on the " + field.slug());
        return r;
    }

    /** The after-action review of a broken glass, by the officer who broke it. */
    @Transactional
    public Reveal review(String id, String text, Authentication officer, long version) {
        Reveal r = current(id, version);
        if (r.status() != Status.BREAK_GLASS && !(r.status() == Status.EXPIRED && r.grantedAt() == null)) {
            throw new IllegalArgumentException("an after-action review is of a broken glass");
        }
        if (!officer.getName().equals(r.requestedBy())) {
            throw new IllegalArgumentException("the officer who broke the glass writes its review");
        }
        requireText(text, "the review needs its words");
        jdbc.sql("update reveal set review = ?, reviewed_at = ?, version = version + 1 where id = ?")
                .params(text.strip(), clock.instant().atOffset(ZoneOffset.UTC), id)
                .update();
        Reveal reviewed = find(id).orElseThrow();
        record(officer.getName(), "RevealReviewed", reviewed);
        return reviewed;
    }

    /**
     * The field, read through the reveal that holds for him now; refused with the reason otherwise (a reveal whose
     * time has ended holds no more; {@link #expireAll} records its end).
     */
    public ProtectedDetails.Detail read(Authentication officer, CaseId caseId, ProtectedField field) {
        if (!guarded(field)) {
            return details.read(officer, caseId.value(), field)
                    .orElseThrow(() -> new org.haven.cases.CaseNotFound(caseId));
        }
        // The clearance first, as for every detail: the decision records a denial, once.
        if (!needToKnow.mayRead(officer, "protected-detail", field.subjectId(caseId.value()))) {
            throw new org.haven.cases.CaseNotFound(caseId);
        }
        Instant now = clock.instant();
        List<Reveal> his = of(caseId).stream()
                .filter(r -> r.field().equals(field.slug()) && r.requestedBy().equals(officer.getName()))
                .toList();
        Optional<Reveal> holding = his.stream().filter(r -> r.holds(now)).findFirst();
        if (holding.isEmpty()) {
            // The refusal outlives the refused request.
            tx.executeWithoutResult(status -> audit.append(new AuditRecord(
                    officer.getName(),
                    "RevealReadRefused",
                    "protected-detail",
                    field.subjectId(caseId.value()),
                    Map.of("case", caseId.value(), "reason", "no reveal holds"),
                    null)));
            throw new NotRevealed("The " + field.slug() + " of this case is shown only through a reveal approved by"
                    + " two custodians, for its time: none holds for " + officer.getName() + " now.");
        }
        return details.read(officer, caseId.value(), field).orElseThrow(() -> new org.haven.cases.CaseNotFound(caseId));
    }

    /** Marks every reveal whose time has ended: the scheduled sweep. */
    @Transactional
    public int expireAll() {
        Instant now = clock.instant();
        List<Reveal> ended = jdbc.sql("select " + COLUMNS + " from reveal where status in ('GRANTED', 'BREAK_GLASS')"
                        + " and until_at <= ?")
                .param(now.atOffset(ZoneOffset.UTC))
                .query(Reveals::row)
                .list();
        ended.forEach(this::expire);
        return ended.size();
    }

    private Reveal expire(Reveal r) {
        return end(r, Status.EXPIRED, "haven:reveals", "RevealExpired");
    }

    private Reveal end(Reveal r, Status status, String by, String action) {
        jdbc.sql("update reveal set status = ?, ended_by = ?, ended_at = ?, version = version + 1 where id = ?")
                .params(status.name(), by, clock.instant().atOffset(ZoneOffset.UTC), r.id())
                .update();
        Reveal ended = find(r.id()).orElseThrow();
        record(by, action, ended);
        return ended;
    }

    @Transactional(readOnly = true)
    public List<Reveal> of(CaseId caseId) {
        return jdbc.sql("select " + COLUMNS + " from reveal where case_id = ? order by requested_at desc, id")
                .param(caseId.value())
                .query(Reveals::row)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Reveal> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from reveal where id = ?")
                .param(id)
                .query(Reveals::row)
                .optional();
    }

    private Reveal current(String id, long version) {
        Reveal r = find(id).orElseThrow(() -> new IllegalArgumentException("no reveal has the id '" + id + "'"));
        if (r.version() != version) {
            throw new IllegalArgumentException(
                    "the reveal is at version " + r.version() + ", not " + version + ": read it again");
        }
        return r;
    }

    private static void requireCustodian(Authentication officer) {
        if (!Officers.roles(officer).contains(Role.RESETTLEMENT)) {
            throw new IllegalArgumentException("custodians are resettlement officers");
        }
    }

    private void tell(Reveal r, String owner, String title) {
        management.assignTask(
                new CaseId(r.caseId()),
                TaskKind.OTHER,
                title.length() > 500 ? title.substring(0, 499) + "…" : title,
                owner,
                clock.instant().plus(Duration.ofDays(1)),
                "haven:reveals");
    }

    private String insert(
            CaseId caseId, ProtectedField field, String officer, String purpose, Instant until, Status status) {
        String id = "reveal-" + UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into reveal (id, case_id, field, requested_by, purpose, requested_at, until_at, status,"
                        + " granted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        caseId.value(),
                        field.slug(),
                        officer,
                        purpose.strip(),
                        now.atOffset(ZoneOffset.UTC),
                        until.atOffset(ZoneOffset.UTC),
                        status.name(),
                        status == Status.BREAK_GLASS ? now.atOffset(ZoneOffset.UTC) : null)
                .update();
        return id;
    }

    private void update(String set, String id, String value) {
        jdbc.sql("update reveal set " + set + ", version = version + 1 where id = ?")
                .params(value, id)
                .update();
    }

    private void record(String officer, String action, Reveal r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("case", r.caseId());
        d.put("field", r.field());
        d.put("requestedBy", r.requestedBy());
        d.put("purpose", r.purpose());
        d.put("until", r.until().toString());
        d.put("status", r.status().name());
        d.put("version", r.version());
        audit.append(new AuditRecord(officer, action, SUBJECT, r.id(), d, hash(r)));
    }

    private static String hash(Reveal r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", r.id());
        s.put("case", r.caseId());
        s.put("field", r.field());
        s.put("requestedBy", r.requestedBy());
        s.put("purpose", r.purpose());
        s.put("until", r.until().toString());
        s.put("status", r.status().name());
        s.put("first", r.firstCustodian());
        s.put("second", r.secondCustodian());
        s.put("endedBy", r.endedBy());
        s.put("review", r.review());
        s.put("version", r.version());
        return CanonicalJson.hash(s);
    }

    private static String words(Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void requireText(@Nullable String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private static final String COLUMNS = "id, case_id, field, requested_by, purpose, requested_at, until_at, status,"
            + " first_custodian, second_custodian, granted_at, ended_by, ended_at, review, version";

    private static Reveal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Reveal(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                Status.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                at(rs.getObject(11, java.time.OffsetDateTime.class)),
                rs.getString(12),
                at(rs.getObject(13, java.time.OffsetDateTime.class)),
                rs.getString(14),
                rs.getLong(15));
    }

    private static @Nullable Instant at(java.time.@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from reveal order by id")
                .query(Reveals::row)
                .list()
                .forEach(r -> states.put(r.id(), hash(r)));
        return states;
    }
}
