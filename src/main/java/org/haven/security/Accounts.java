package org.haven.security;

import java.util.Set;

/** The local accounts: who may sign in with a password, and with which roles. */
public interface Accounts {

    /**
     * Creates an account.
     *
     * @param mustChangePassword whether the password is a one-time password, to be changed at first sign-in
     * @throws IllegalArgumentException when the name is taken or malformed, the password too short, or no role
     */
    default void create(String username, String password, Set<Role> roles, boolean mustChangePassword) {
        create(username, password, roles, new Clearance(Classification.UNCLASSIFIED, Set.of()), mustChangePassword);
    }

    /**
     * Creates an account with a clearance: the highest level it reads and the compartments it holds.
     *
     * @throws IllegalArgumentException when the name is taken or malformed, the password too short, or no role
     */
    void create(String username, String password, Set<Role> roles, Clearance clearance, boolean mustChangePassword);

    /** Creates an account on an administrator's behalf: the audit record names him. */
    void create(
            String username,
            String password,
            Set<Role> roles,
            Clearance clearance,
            boolean mustChangePassword,
            String createdBy);

    /** Changes a password after checking the current one; the new one is no longer a one-time password. */
    void changePassword(String username, String current, String replacement);

    /** Ends every token issued to the account so far; the administrator's act is recorded. */
    void revokeTokens(String username, String administrator);

    boolean exists(String username);

    /** The local accounts that hold a role, by name: whom to tell (the custodians of a reveal, say). */
    java.util.List<String> holding(Role role);
}
