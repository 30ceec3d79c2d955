package org.haven.archive.internal;

import org.haven.archive.DatasetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a malformed data file at start-up as its file, line and reason, without a stack trace. */
class DatasetFailureAnalyzer extends AbstractFailureAnalyzer<DatasetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatasetException cause) {
        return new FailureAnalysis(
                "The case data file cannot be loaded: " + cause.getMessage(),
                "Correct " + cause.file() + " at line " + cause.line() + " (the format is described in"
                        + " docs/dataset.md), then start Haven again.",
                cause);
    }
}
