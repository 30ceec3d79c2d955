package org.haven;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests of the PostgreSQL run, visibly, when no server is configured: they are reported as skipped with
 * the reason, and a notice says so on the console once.
 */
public class StoreCondition implements ExecutionCondition {

    static final String REASON = "PostgreSQL tests SKIPPED: no server configured. Set HAVEN_TEST_POSTGRES_URL"
            + " (and HAVEN_TEST_POSTGRES_USER, HAVEN_TEST_POSTGRES_PASSWORD), e.g. with"
            + " eval \"$(scripts/postgres.sh start)\" -- see the README.";

    private static final AtomicBoolean NOTICE = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestStore.available()) {
            return ConditionEvaluationResult.enabled("the store " + TestStore.name() + " is there");
        }
        if (NOTICE.compareAndSet(false, true)) {
            System.err.println();
            System.err.println("*** " + REASON);
            System.err.println();
        }
        return ConditionEvaluationResult.disabled(REASON);
    }
}
