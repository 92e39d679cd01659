package org.statcommons.content.attachments;

import org.statcommons.platform.TooLargeException;

/** An attachment above the size limit ({@code statcommons.content.max-attachment-size}): answered with 413. */
public class FileTooLargeException extends TooLargeException {

    public FileTooLargeException(long limit) {
        super(
                "The file is too large: at most " + megabytes(limit) + " may be attached. "
                        + "Make it smaller (compress images, split the data), or link to where it is published.",
                limit);
    }

    /** The limit as people read it: "25 MB", or bytes for small test limits. */
    public static String megabytes(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0
                ? bytes / mb + " MB"
                : bytes >= mb ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb) : bytes + " bytes";
    }
}
