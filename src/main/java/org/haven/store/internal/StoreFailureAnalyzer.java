package org.haven.store.internal;

import org.haven.store.StoreUnavailable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a store that cannot be opened as the one line that says why, without a stack trace. */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreUnavailable cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Check the store's settings: with the postgres profile HAVEN_DATABASE_URL, HAVEN_DATABASE_USER and"
                        + " HAVEN_DATABASE_PASSWORD (or haven.database.*); otherwise --data-dir.",
                cause);
    }
}
