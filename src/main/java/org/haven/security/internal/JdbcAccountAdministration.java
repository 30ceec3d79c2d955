package org.haven.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.security.AccountAdministration;
import org.haven.security.Clearance;
import org.haven.security.Label;
import org.haven.security.OneTimePasswords;
import org.haven.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' work on the accounts in the store; every act is written to the audit record. */
@Service
class JdbcAccountAdministration implements AccountAdministration {

    private final JdbcClient jdbc;
    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final HalvedPasswords halves;
    private final AuditLog audit;
    private final Clock clock;

    JdbcAccountAdministration(
            JdbcClient jdbc, JdbcAccounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        // The halves are hashed as every password is, and stored behind the id the delegating encoder knows them by.
        this.halves = new HalvedPasswords(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder());
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> list() {
        return jdbc.sql(QUERY + " order by a.username")
                .query(JdbcAccountAdministration::account)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        if (username == null || username.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql(QUERY + " where a.username = ?")
                .param(username.strip())
                .query(JdbcAccountAdministration::account)
                .optional();
    }

    @Override
    @Transactional
    public String create(String username, Set<Role> roles, Clearance clearance, String administrator) {
        String first = OneTimePasswords.half();
        // Created with a throwaway password of full strength, replaced at once by the first half's hash.
        accounts.create(username, OneTimePasswords.generate(), roles, clearance, true, administrator);
        String name = username.strip();
        jdbc.sql("update account set password_hash = ? where username = ?")
                .params(halves.first(first), name)
                .update();
        propose(name, Kind.ENROL, roles, clearance.expression(), administrator);
        record(administrator, "AccountAwaitsSecondAdministrator", name, Map.of("kind", Kind.ENROL.name()));
        return first;
    }

    @Override
    @Transactional
    public Optional<String> confirm(String username, String administrator, long version) {
        Account account = current(username, version, administrator);
        Change change = account.awaiting()
                .orElseThrow(() -> new AccountRefused(409, "Nothing on " + username + " waits for confirmation."));
        if (change.proposedBy().equals(administrator)) {
            throw new AccountRefused(
                    403, "A second administrator confirms this: you proposed it, so another must confirm it.");
        }
        jdbc.sql("delete from account_change where username = ?")
                .param(account.username())
                .update();
        Optional<String> second = Optional.empty();
        if (change.kind() == Kind.ENROL) {
            String half = OneTimePasswords.half();
            String stored = jdbc.sql("select password_hash from account where username = ?")
                    .param(account.username())
                    .query(String.class)
                    .single();
            jdbc.sql("update account set password_hash = ?, one_time_since = ?, version = version + 1"
                            + " where username = ?")
                    .params(halves.second(stored, half), now(), account.username())
                    .update();
            second = Optional.of(half);
        } else {
            apply(account.username(), change.roles(), change.clearance());
        }
        record(
                administrator,
                "AccountChangeConfirmed",
                account.username(),
                Map.of(
                        "kind",
                        change.kind().name(),
                        "proposedBy",
                        change.proposedBy(),
                        "roles",
                        names(change.roles()),
                        "clearance",
                        change.clearance()));
        return second;
    }

    @Override
    @Transactional
    public void withdraw(String username, String administrator, long version) {
        Account account = current(username, version, administrator);
        Change change = account.awaiting()
                .orElseThrow(() -> new AccountRefused(409, "Nothing on " + username + " waits for confirmation."));
        jdbc.sql("delete from account_change where username = ?")
                .param(account.username())
                .update();
        if (change.kind() == Kind.ENROL) {
            // Half a password opens nothing: the account is disabled until an administrator resets it (the audit
            // record keeps every account it has known, so a withdrawn one stays, disabled, and its name taken).
            jdbc.sql("update account set disabled = true, version = version + 1 where username = ?")
                    .param(account.username())
                    .update();
        }
        record(
                administrator,
                "AccountChangeWithdrawn",
                account.username(),
                Map.of("kind", change.kind().name()));
    }

    @Override
    @Transactional
    public String reset(String username, String administrator, long version) {
        Account account = current(username, version, administrator);
        idle(account);
        String first = OneTimePasswords.half();
        jdbc.sql("update account set password_hash = ?, must_change_password = true, one_time_since = null,"
                        + " version = version + 1 where username = ?")
                .params(halves.first(first), account.username())
                .update();
        propose(account.username(), Kind.ENROL, account.roles(), account.clearance(), administrator);
        record(administrator, "PasswordReset", account.username(), Map.of("awaitsSecondAdministrator", true));
        return first;
    }

    @Override
    @Transactional
    public boolean change(String username, Set<Role> roles, Clearance clearance, String administrator, long version) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        Account account = current(username, version, administrator);
        idle(account);
        Set<Role> added = EnumSet.copyOf(roles);
        added.removeAll(account.roles());
        boolean more = added.stream().anyMatch(r -> !AccountAdministration.grantedAlone(r))
                || !Clearance.parse(account.clearance())
                        .dominates(new Label(clearance.level(), clearance.compartments()));
        if (more) {
            propose(account.username(), Kind.GRANT, roles, clearance.expression(), administrator);
            record(
                    administrator,
                    "AccountAwaitsSecondAdministrator",
                    account.username(),
                    Map.of("kind", Kind.GRANT.name(), "roles", names(roles), "clearance", clearance.expression()));
            return false;
        }
        apply(account.username(), roles, clearance.expression());
        record(
                administrator,
                "AccountChanged",
                account.username(),
                Map.of("roles", names(roles), "clearance", clearance.expression()));
        return true;
    }

    @Override
    @Transactional
    public void disable(String username, String administrator, long version) {
        Account account = current(username, version, administrator);
        setDisabled(account.username(), true, administrator);
    }

    @Override
    @Transactional
    public void enable(String username, String administrator, long version) {
        Account account = current(username, version, administrator);
        setDisabled(account.username(), false, administrator);
    }

    @Override
    @Transactional
    public String resetAtConsole(String username, String operator) {
        Account account = existing(username);
        String password = OneTimePasswords.generate();
        jdbc.sql("delete from account_change where username = ?")
                .param(account.username())
                .update();
        jdbc.sql("update account set password_hash = ?, must_change_password = true, one_time_since = ?,"
                        + " version = version + 1 where username = ?")
                .params(passwords.encode(password), now(), account.username())
                .update();
        record(operator, "PasswordReset", account.username(), Map.of("atConsole", true));
        return password;
    }

    @Override
    @Transactional
    public void changeAtConsole(String username, Set<Role> roles, Clearance clearance, String operator) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        Account account = existing(username);
        apply(account.username(), roles, clearance.expression());
        record(
                operator,
                "AccountChanged",
                account.username(),
                Map.of("roles", names(roles), "clearance", clearance.expression(), "atConsole", true));
    }

    @Override
    @Transactional
    public void disableAtConsole(String username, boolean disabled, String operator) {
        setDisabled(existing(username).username(), disabled, operator);
    }

    private void setDisabled(String username, boolean disabled, String actor) {
        // The version moves on either way: tokens issued before a disabling do not come back with the account.
        jdbc.sql("update account set disabled = ?, version = version + 1 where username = ?")
                .params(disabled, username)
                .update();
        record(actor, disabled ? "AccountDisabled" : "AccountEnabled", username, Map.of());
    }

    private void apply(String username, Set<Role> roles, String clearance) {
        jdbc.sql("update account set roles = ?, clearance = ?, version = version + 1 where username = ?")
                .params(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")), clearance, username)
                .update();
    }

    private void propose(String username, Kind kind, Set<Role> roles, String clearance, String administrator) {
        jdbc.sql("insert into account_change (username, kind, roles, clearance, proposed_by, proposed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        username,
                        kind.name(),
                        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        clearance,
                        administrator,
                        now())
                .update();
    }

    /** The account as the administrator read it, not his own; refused when it has changed since. */
    private Account current(String username, long version, String administrator) {
        Account account = existing(username);
        if (account.username().equals(administrator)) {
            throw new AccountRefused(
                    403, "An administrator does not administer his own account: another administrator does.");
        }
        if (account.version() != version) {
            throw new AccountRefused(
                    409,
                    "The account " + account.username() + " has changed since you read it (version " + version
                            + ", now " + account.version() + "): read it again and decide.");
        }
        return account;
    }

    private static void idle(Account account) {
        if (account.awaiting().isPresent()) {
            throw new AccountRefused(
                    409,
                    "A change to " + account.username() + " proposed by "
                            + account.awaiting().get().proposedBy()
                            + " awaits a second administrator: confirm or withdraw it first.");
        }
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("there is no account '" + username + "'"));
    }

    private void record(String actor, String action, String username, Map<String, Object> details) {
        audit.append(new AuditRecord(
                actor, action, JdbcAccounts.SUBJECT, username, new LinkedHashMap<>(details), accounts.state(username)));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static TreeSet<String> names(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList());
    }

    private static final String QUERY = "select a.username, a.roles, a.clearance, a.disabled, a.must_change_password,"
            + " a.created_at, a.version, c.kind, c.roles, c.clearance, c.proposed_by, c.proposed_at from account a"
            + " left join account_change c on c.username = a.username";

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Optional<Change> change = rs.getString(8) == null
                ? Optional.empty()
                : Optional.of(new Change(
                        Kind.valueOf(rs.getString(8)),
                        JdbcAccounts.roles(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11),
                        instant(rs, 12)));
        return new Account(
                rs.getString(1),
                JdbcAccounts.roles(rs.getString(2)),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getBoolean(5),
                instant(rs, 6),
                rs.getLong(7),
                change);
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
