package org.statcommons.platform;

/**
 * A size in bytes as people read it, in their language: "25 MB", "25 Mo", "25 МБ", "512 bytes". The units and their
 * short forms come from CLDR through ICU's number skeletons (the {@code platform.bytes} pattern), not from words
 * written here; megabytes and kilobytes count 1,024 of the unit below, as file managers and upload limits do.
 */
public final class ByteSize {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;
    private static final long GIGABYTE = 1024 * MEGABYTE;

    private ByteSize() {}

    /** The size in the largest unit it reaches, with one decimal at most ("2.5 MB"), put in the reader's language. */
    public static Text of(long bytes) {
        if (bytes >= GIGABYTE) {
            return Text.of("platform.bytes", rounded(bytes, GIGABYTE), "gigabyte");
        }
        if (bytes >= MEGABYTE) {
            return Text.of("platform.bytes", rounded(bytes, MEGABYTE), "megabyte");
        }
        if (bytes >= KILOBYTE) {
            return Text.of("platform.bytes", rounded(bytes, KILOBYTE), "kilobyte");
        }
        return Text.of("platform.bytes", bytes, "byte");
    }

    /** A whole number stays whole (25 MB, not 25.0 MB), so that a limit reads as it was configured. */
    private static Number rounded(long bytes, long unit) {
        return bytes % unit == 0 ? (Number) (bytes / unit) : (Number) (Math.round(bytes * 10.0 / unit) / 10.0);
    }
}
