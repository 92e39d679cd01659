package org.statcommons.data.ingest;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** The one way a reader refuses a file: a bundle text naming the place (line, column), nothing kept. */
final class UploadRefusal {

    private UploadRefusal() {}

    static InvalidInputException of(String key, Object... arguments) {
        return new InvalidInputException("file", Text.of("data-ingest.file." + key, arguments));
    }
}
