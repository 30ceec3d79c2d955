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
 * away), so neither the answer nor its time tells whether the account exists or the password was right.
 */
final class SignInThrottle implements AuthenticationManager {

    static final int FREE_FAILURES = 5;
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
        Instant now = clock.instant();
        Failures before = failures.get(key);
        boolean locked = before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil());
        Authentication result;
        try {
            result = delegate.authenticate(attempt);
        } catch (AuthenticationException e) {
            Failures after = failed(key, now);
            record(name, attempt, "SignInRefused", locked ? "locked" : "wrong user name or password", after);
            throw locked ? locked(before) : e;
        }
        if (locked) {
            record(name, attempt, "SignInRefused", "locked", before);
            throw locked(before);
        }
        failures.remove(key);
        record(name, attempt, "SignedIn", null, null);
        return result;
    }

    private Failures failed(String key, Instant now) {
        return failures.compute(key, (k, held) -> {
            int count = held == null ? 1 : held.count() + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, held == null ? null : held.lockedUntil());
            }
            long doublings = Math.min(count - FREE_FAILURES, 10);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            return new Failures(count, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
        });
    }

    private LockedException locked(Failures held) {
        Duration left = Duration.between(clock.instant(), held.lockedUntil());
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return new LockedException("Too many failed sign-ins under this user name: try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes."));
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
        ownTransaction.executeWithoutResult(
                s -> audit.append(new AuditRecord(subject, action, "account", subject, details, null)));
    }
}
