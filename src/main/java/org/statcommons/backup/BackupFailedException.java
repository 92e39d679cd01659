package org.statcommons.backup;

import java.nio.file.Path;

/** A backup that could not be written; its folder has been removed. The message says where and why. */
class BackupFailedException extends RuntimeException {

    private final String reason;

    BackupFailedException(Path folder, String reason, Throwable cause) {
        super("The backup " + folder + " failed and was removed: " + reason, cause);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
