package org.haven.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every sign-in with a password, through the page or the API: written to the audit record, succeeded or refused,
 * and throttled per user name. After {@link #FREE_FAILURES} failures in a row a name is locked for a minute, then
 * twice as long after each further failure, up to a quarter of an hour; a success ends it. The name is locked
 * whether or not an account has it, and the password is checked as ever while it is locked (and the result thrown
 * away), so neither the answer nor its time tells whether the account exists or the password was right. Each address
 * is throttled alike after {@link #FREE_ADDRESS_FAILURES} failures in a row under any names.
 */
final class SignInThrottle implements AuthenticationManager {

    static final int FREE_FAILURES = 5;

    /**
     * Failures in a row from one address, under any names, before the address is locked the same way: a guesser who
     * tries a few passwords on each of many names is stopped too, while an office of officers behind one address
     * who mistype now and then is not.
     */
    static final int FREE_ADDRESS_FAILURES = 50;

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {}

    private final AuthenticationManager delegate;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(
            AuthenticationManager delegate, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().strip();
        String key = name.toLowerCase(Locale.ROOT);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String from = address == null ? null : "address " + address;
        Instant now = clock.instant();
        Failures before = failures.get(key);
        Failures fromBefore = from == null ? null : failures.get(from);
        boolean locked = isLocked(before, now);
        boolean addressLocked = isLocked(fromBefore, now);
        Authentication result;
        try {
            result = delegate.authenticate(attempt);
        } catch (org.springframework.security.authentication.InternalAuthenticationServiceException e) {
            // The account could not be read: the store's fault, not the user's; not counted, not "wrong".
            throw e instanceof org.haven.security.SignInNotRecorded refused
                    ? refused
                    : new org.haven.security.SignInNotRecorded(e.getCause() == null ? e : e.getCause());
        } catch (org.springframework.security.authentication.CredentialsExpiredException e) {
            // The right one-time password, too old: not a guess, so not counted towards a lockout.
            record(name, attempt, "SignInRefused", "one-time password expired", before);
            throw locked
                    ? locked(before)
                    : new org.springframework.security.authentication.CredentialsExpiredException(
                            org.haven.security.OneTimePasswords.EXPIRED);
        } catch (AuthenticationException e) {
            Failures after = failed(key, now, FREE_FAILURES);
            if (from != null) {
                failed(from, now, FREE_ADDRESS_FAILURES);
            }
            String reason = locked ? "locked" : addressLocked ? "address locked" : "wrong user name or password";
            record(name, attempt, "SignInRefused", reason, after);
            throw locked ? locked(before) : addressLocked ? addressLocked(fromBefore) : e;
        }
        if (locked || addressLocked) {
            record(name, attempt, "SignInRefused", locked ? "locked" : "address locked", locked ? before : fromBefore);
            throw locked ? locked(before) : addressLocked(fromBefore);
        }
        failures.remove(key);
        if (from != null) {
            failures.remove(from);
        }
        record(name, attempt, "SignedIn", null, null);
        return result;
    }

    private static boolean isLocked(Failures held, Instant now) {
        return held != null && held.lockedUntil() != null && now.isBefore(held.lockedUntil());
    }

    private LockedException addressLocked(Failures held) {
        return new LockedException("Too many failed sign-ins from this address: try again in " + minutes(held) + ".");
    }

    private Failures failed(String key, Instant now, int free) {
        return failures.compute(key, (k, held) -> {
            int count = held == null ? 1 : held.count() + 1;
            if (count < free) {
                return new Failures(count, held == null ? null : held.lockedUntil());
            }
            long doublings = Math.min(count - free, 10);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            return new Failures(count, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
        });
    }

    private LockedException locked(Failures held) {
        return new LockedException(
                "Too many failed sign-ins under this user name: try again in " + minutes(held) + ".");
    }

    private String minutes(Failures held) {
        Duration left = Duration.between(clock.instant(), held.lockedUntil());
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private void record(String name, Authentication attempt, String action, String reason, Failures failures) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            details.put("address", web.getRemoteAddress());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        if (failures != null) {
            details.put("failuresInARow", failures.count());
            if (failures.lockedUntil() != null) {
                details.put("lockedUntil", failures.lockedUntil().toString());
            }
        }
        String subject = name.isEmpty() ? "(none)" : name.length() > 200 ? name.substring(0, 200) : name;
        try {
            ownTransaction.executeWithoutResult(
                    s -> audit.append(new AuditRecord(subject, action, "account", subject, details, null)));
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // A sign-in that cannot be recorded does not happen.
            throw new org.haven.security.SignInNotRecorded(e);
        }
    }
}
