package org.statcommons.content.attachments;

import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;

/** An attachment above the size limit ({@code statcommons.content.max-attachment-size}): answered with 413. */
public class FileTooLargeException extends TooLargeException {

    public FileTooLargeException(long limit) {
        super(Text.of("content.file.too-large", ByteSize.of(limit)), limit);
    }
}
