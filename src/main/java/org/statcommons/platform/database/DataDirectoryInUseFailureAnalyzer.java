package org.statcommons.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a short, actionable message. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "Another StatCommons server is already running on the data directory " + cause.directory() + ".",
                "Stop the other server first, or give this one its own directory with STATCOMMONS_DATA_DIR.",
                cause);
    }
}
