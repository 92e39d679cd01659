package org.statcommons.data.ingest;

/**
 * The names of a release's own tables, in one place because two stores share one of them: a table's observations and a
 * record-level release's records are both stored from {@code data.originals_<release>}, which the release drops when it
 * goes out whichever store wrote it; and the SQL literal both write into statements built around those names.
 */
final class ReleaseTables {

    private ReleaseTables() {}

    /** The values as uploaded, read by disclosure control only, dropped when the release goes out. */
    static String originals(long releaseId) {
        return "data.originals_" + releaseId;
    }

    /** A table's protected observations (a row per series), the partition every reading path reads. */
    static String observations(long releaseId) {
        return "data.observation_series_" + releaseId;
    }

    /** A record-level release's published records. */
    static String records(long releaseId) {
        return "data.records_" + releaseId;
    }

    /**
     * A text as an SQL string literal, for the places where PostgreSQL takes no parameter (a {@code COPY}'s select, a
     * {@code CREATE TABLE … AS}): quotes doubled, which is the whole escaping under {@code standard_conforming_strings}
     * (on by default, and PostgreSQL's only mode since 9.1 unless changed).
     */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
