package org.haven.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrators' work on accounts: list, create, disable, re-enable, reset, change roles and clearance, each
 * written to the audit record. What gives an account more power waits for a second administrator: a new account, a
 * new one-time password, a role other than the historian's, a higher clearance. A one-time password is given in two
 * halves, one to each administrator, so neither knows it and only the new user, who is given both, can sign in: one
 * administrator cannot create two officers and approve his own moves through them.
 *
 * <p>What makes less of an account (a role taken away, a lower clearance, disabling) takes effect at once, and ends
 * the account's tokens and sessions. An administrator does not administer his own account.
 *
 * <p>At the console of the machine that holds the store (whose operator holds the store itself), {@link
 * #resetAtConsole} and {@link #changeAtConsole} act at once.
 */
public interface AccountAdministration {

    /** What waits for the second administrator. */
    enum Kind {
        /** A new account, or a new one-time password: the second half of the password is given on confirmation. */
        ENROL,
        /** More roles or a higher clearance. */
        GRANT
    }

    record Change(Kind kind, Set<Role> roles, String clearance, String proposedBy, Instant proposedAt) {}

    record Account(
            String username,
            Set<Role> roles,
            String clearance,
            boolean disabled,
            boolean oneTimePassword,
            Instant createdAt,
            long version,
            Optional<Change> awaiting) {}

    /** A step another administrator must take, or the account's own state, refuses this one. */
    final class AccountRefused extends RuntimeException implements org.haven.refusal.Refusal {

        private final int status;

        public AccountRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        @Override
        public int httpStatus() {
            return status;
        }

        @Override
        public String title() {
            return status == 409 ? "The account has changed or awaits another administrator" : "Not allowed";
        }

        @Override
        public String type() {
            return status == 409 ? "urn:haven:problem:concurrent-change" : "urn:haven:problem:account-refused";
        }
    }

    /** Whether a role can be given by one administrator: the historian's reads only the cases of past studies. */
    static boolean grantedAlone(Role role) {
        return role == Role.HISTORIAN;
    }

    List<Account> list();

    Optional<Account> find(String username);

    /**
     * Creates an account that waits for a second administrator.
     *
     * @return the first half of its one-time password, shown to this administrator once
     * @throws IllegalArgumentException when the name is taken or malformed, or no role
     */
    String create(String username, Set<Role> roles, Clearance clearance, String administrator);

    /**
     * Confirms what waits on the account; the confirming administrator is not the one who proposed it.
     *
     * @return for a new one-time password, its second half, shown to this administrator once
     */
    Optional<String> confirm(String username, String administrator, long version);

    /** Withdraws what waits on the account (either administrator may); a new account waiting is removed. */
    void withdraw(String username, String administrator, long version);

    /**
     * Gives the account a new one-time password, which waits for a second administrator; the old password and every
     * token end at once.
     *
     * @return the first half
     */
    String reset(String username, String administrator, long version);

    /**
     * Changes roles and clearance: what takes power away at once, what gives more waits for a second administrator.
     *
     * @return whether the change took effect now (false: it waits)
     */
    boolean change(String username, Set<Role> roles, Clearance clearance, String administrator, long version);

    void disable(String username, String administrator, long version);

    void enable(String username, String administrator, long version);

    /** A new one-time password at the console, whole and at once. */
    String resetAtConsole(String username, String operator);

    /** Roles and clearance changed at the console, at once. */
    void changeAtConsole(String username, Set<Role> roles, Clearance clearance, String operator);

    /** Disables or re-enables at the console. */
    void disableAtConsole(String username, boolean disabled, String operator);
}
