package org.statcommons.data.ingest;

/**
 * One problem in an upload, named by the file's line and the column's name: {@code kind} is one of
 * {@code not-number}, {@code unknown-code}, {@code empty-code}, {@code bad-period}, {@code duplicate-key},
 * {@code no-time}, {@code no-measure}; {@code value} is what was found (for a duplicate key, the lines it repeats).
 */
public record Problem(long line, String column, String kind, String value) {}
