package org.haven.security.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.security.Accounts;
import org.haven.security.Classification;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in the store. An account that still has its one-time password holds no role, only the authority to
 * change it; creating an account and changing a password are written to the audit record.
 */
@Service
class JdbcAccounts implements Accounts, UserDetailsService {

    /** The only authority of an account whose one-time password has not been changed yet. */
    static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";

    static final int MINIMUM_PASSWORD = 12;

    /** The audit record's name for an account. */
    static final String SUBJECT = "account";

    /** An account's state and what waits on it, as the audit record hashes it. */
    static final String STATE_QUERY = "select a.username, a.password_hash, a.roles, a.clearance,"
            + " a.must_change_password, a.created_at, a.version, a.disabled, a.one_time_since, c.kind, c.roles,"
            + " c.clearance, c.proposed_by, c.proposed_at from account a left join account_change c"
            + " on c.username = a.username";

    /** What a disabled account, or one waiting for the second half of its password, is checked against. */
    private static final String MATCHES_NOTHING = "{" + HalvedPasswords.ID + "}closed|";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(
            String username,
            String hash,
            Set<Role> roles,
            boolean mustChange,
            long version,
            java.time.Instant oneTimeSince,
            boolean closed) {}

    /** How long a one-time password opens its account: after that, an administrator must give a new one. */
    private java.time.Duration oneTimeLifetime = java.time.Duration.ofDays(3);

    @org.springframework.beans.factory.annotation.Autowired
    void oneTimeLifetime(
            @org.springframework.beans.factory.annotation.Value("${haven.security.one-time-password-lifetime:P3D}")
                    java.time.Duration lifetime) {
        this.oneTimeLifetime = lifetime;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Row row = find(username);
        if (row == null) {
            throw new UsernameNotFoundException("no such account");
        }
        List<SimpleGrantedAuthority> authorities = row.mustChange()
                ? List.of(new SimpleGrantedAuthority(MUST_CHANGE_PASSWORD))
                : row.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList();
        // An expired one-time password is told only to whoever gives it right: it is checked after the password.
        boolean expired =
                row.mustChange() && clock.instant().isAfter(row.oneTimeSince().plus(oneTimeLifetime));
        // A disabled account, or one still waiting for a second administrator, is refused as a wrong password is:
        // the sign-in page does not tell a stranger which accounts exist or how they stand.
        return User.withUsername(row.username())
                .password(row.closed() ? MATCHES_NOTHING : row.hash())
                .authorities(authorities)
                .credentialsExpired(expired)
                .build();
    }

    /**
     * The authorities an account holds now, or nothing when it is gone, disabled, or waits for a second
     * administrator: what a session signed in earlier is compared with.
     */
    java.util.Optional<Set<String>> standing(String username) {
        Row row = find(username);
        if (row == null || row.closed()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                row.mustChange()
                        ? Set.of(MUST_CHANGE_PASSWORD)
                        : row.roles().stream().map(Role::authority).collect(Collectors.toSet()));
    }

    @Override
    @Transactional
    public void create(String username, String password, Set<Role> roles, boolean mustChangePassword) {
        create(username, password, roles, new Clearance(Classification.UNCLASSIFIED, Set.of()), mustChangePassword);
    }

    @Override
    @Transactional
    public void create(
            String username, String password, Set<Role> roles, Clearance clearance, boolean mustChangePassword) {
        create(username, password, roles, clearance, mustChangePassword, "system:accounts");
    }

    @Override
    @Transactional
    public void create(
            String username,
            String password,
            Set<Role> roles,
            Clearance clearance,
            boolean mustChangePassword,
            String createdBy) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,199}")) {
            throw new IllegalArgumentException("a user name is 1 to 200 letters, digits, '.', '_', '@' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        checkStrength(password);
        String stored = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        try {
            jdbc.sql("insert into account (username, password_hash, roles, clearance, must_change_password,"
                            + " created_at, version) values (?, ?, ?, ?, ?, ?, 0)")
                    .params(
                            name,
                            passwords.encode(password),
                            stored,
                            clearance.expression(),
                            mustChangePassword,
                            clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("the user name '" + name + "' is taken");
        }
        audit.append(new AuditRecord(
                createdBy,
                "AccountCreated",
                SUBJECT,
                name,
                Map.of(
                        "roles",
                        new TreeSet<>(roles.stream().map(Role::name).toList()),
                        "clearance",
                        clearance.expression(),
                        "oneTimePassword",
                        mustChangePassword),
                state(name)));
    }

    @Override
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        Row row = find(username);
        if (row == null || !passwords.matches(current, row.hash())) {
            throw new BadCredentialsException("the current password is wrong");
        }
        if (replacement.equals(current)) {
            throw new IllegalArgumentException("the new password must differ from the current one");
        }
        checkStrength(replacement);
        int changed = jdbc.sql("update account set password_hash = ?, must_change_password = false,"
                        + " version = version + 1 where username = ? and version = ?")
                .params(passwords.encode(replacement), row.username(), row.version())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("the account changed meanwhile; try again");
        }
        audit.append(new AuditRecord(
                row.username(), "PasswordChanged", SUBJECT, row.username(), Map.of(), state(row.username())));
    }

    @Override
    public boolean exists(String username) {
        return find(username) != null;
    }

    @Override
    public java.util.List<String> holding(Role role) {
        return jdbc
                .sql("select username, roles from account where not disabled order by username")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .filter(e -> java.util.Arrays.asList(e.getValue().split(",")).contains(role.name()))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** The account's version: it moves on with every change to it, which ends the tokens issued before. */
    java.util.OptionalLong version(String username) {
        Row row = find(username);
        return row == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(row.version());
    }

    @Override
    @Transactional
    public void revokeTokens(String username, String administrator) {
        int changed = jdbc.sql("update account set version = version + 1 where username = ?")
                .params(username)
                .update();
        if (changed != 1) {
            throw new IllegalArgumentException("there is no account '" + username + "'");
        }
        audit.append(new AuditRecord(administrator, "TokensRevoked", SUBJECT, username, Map.of(), state(username)));
    }

    /** The hash of an account's canonical state, every column read back as the store holds it. */
    String state(String username) {
        return jdbc.sql(STATE_QUERY + " where a.username = ?")
                .param(username)
                .query(JdbcAccounts::stateOf)
                .single();
    }

    /** Every account's state, for the audit's comparison. */
    Map<String, String> states() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        jdbc.sql(STATE_QUERY + " order by a.username")
                .query((rs, n) -> Map.entry(rs.getString(1), stateOf(rs, n)))
                .list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private static String stateOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("username", rs.getString(1));
        state.put("passwordHash", rs.getString(2));
        state.put("roles", rs.getString(3));
        state.put("clearance", rs.getString(4));
        state.put("mustChangePassword", rs.getBoolean(5));
        state.put(
                "createdAt",
                rs.getObject(6, java.time.OffsetDateTime.class).toInstant().toString());
        state.put("version", rs.getLong(7));
        // Written only when they say something, so that states recorded before accounts could be disabled, or
        // wait for a second administrator, read the same.
        if (rs.getBoolean(8)) {
            state.put("disabled", true);
        }
        if (rs.getObject(9) != null) {
            state.put(
                    "oneTimeSince",
                    rs.getObject(9, java.time.OffsetDateTime.class).toInstant().toString());
        }
        if (rs.getString(10) != null) {
            Map<String, Object> awaiting = new java.util.LinkedHashMap<>();
            awaiting.put("kind", rs.getString(10));
            awaiting.put("roles", rs.getString(11));
            awaiting.put("clearance", rs.getString(12));
            awaiting.put("proposedBy", rs.getString(13));
            awaiting.put(
                    "proposedAt",
                    rs.getObject(14, java.time.OffsetDateTime.class).toInstant().toString());
            state.put("awaiting", awaiting);
        }
        return org.haven.audit.CanonicalJson.hash(state);
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    static void checkStrength(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("a password has at least " + MINIMUM_PASSWORD + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads no more than 72 bytes; a longer password would be refused at sign-in
            throw new IllegalArgumentException("a password has at most 72 bytes (72 letters of the Latin alphabet)");
        }
    }

    private Row find(String username) {
        if (username == null || username.length() > 200) {
            return null;
        }
        return jdbc.sql("select a.username, a.password_hash, a.roles, a.must_change_password, a.version,"
                        + " coalesce(a.one_time_since, a.created_at), case when a.disabled or c.kind = 'ENROL' then true else false end"
                        + " from account a"
                        + " left join account_change c on c.username = a.username where a.username = ?")
                .param(username.strip())
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        roles(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getLong(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                        rs.getBoolean(7)))
                .optional()
                .orElse(null);
    }

    static Set<Role> roles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }
}
