package org.statcommons.insights;

import java.util.Optional;

/**
 * A feature's figures on the activity dashboard, written by the feature that owns the data (comments, discussions,
 * meetings, newsletters, decisions, the activity stream): it implements this interface as a Spring bean and depends
 * on {@code insights}, never the reverse, as with {@code progressreports.ReportSection}. A section reads only its own
 * feature's tables, aggregated by the database over the period (five years of a busy community must not be read row
 * by row), and returns counts: never a figure about one named person's reading.
 */
public interface InsightSection {

    /** This feature's figures for the period; empty to leave the section out. */
    Optional<InsightPart> part(InsightRequest request);
}
