package org.haven.security.internal;

import java.util.Set;
import org.haven.security.OneTimePasswords;
import org.haven.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty store: an administrator with a one-time password, printed once. There is no
 * default password; the one-time password opens nothing but the page to change it.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcAccounts accounts;
    private final boolean restoring;

    FirstAdministrator(JdbcAccounts accounts, @Value("${haven.store.restoring:false}") boolean restoring) {
        this.accounts = accounts;
        this.restoring = restoring;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A restore brings the accounts of its backup; an empty store waiting for one gets none of its own.
        if (restoring || accounts.count() > 0) {
            return;
        }
        String password = OneTimePasswords.generate();
        // Administrator, and historian: the first person in can read the 1948 study and its cases, no live case.
        accounts.create(NAME, password, Set.of(Role.ADMIN, Role.HISTORIAN), true);
        log.warn(
                "The first administrator account was created: user '{}', one-time password '{}'. Sign in and"
                        + " change it; it is not shown again.",
                NAME,
                password);
    }
}
