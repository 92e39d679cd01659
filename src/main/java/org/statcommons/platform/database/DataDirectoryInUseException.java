package org.statcommons.platform.database;

import java.nio.file.Path;

/** Another StatCommons server already holds the data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path directory;

    public DataDirectoryInUseException(Path directory) {
        super("Another StatCommons server is already using the data directory " + directory);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
