package org.statcommons.progressreports;

import java.util.Optional;

/**
 * A section of the annual progress report, written by the feature that owns its data (meetings, decisions,
 * newsletters, the activity stream…): that feature implements this interface as a Spring bean and depends on
 * {@code progressreports}, never the reverse, as features add to a landing page through
 * {@code community.LandingContent}. A section reads only its own feature's tables, aggregated in SQL over the period
 * (a report over five years must not read every row into memory), and returns typed parts: bundle texts, typed
 * words, numbers and dates, which the report writes as Markdown in its language. Adding a section is one class
 * implementing this interface (as workstreams and outputs did); nothing here changes.
 */
public interface ReportSection {

    /** This feature's part of the report for the period; empty to leave the section out altogether. */
    Optional<ReportPart> part(ReportRequest request);
}
