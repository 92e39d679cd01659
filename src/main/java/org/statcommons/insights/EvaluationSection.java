package org.statcommons.insights;

import java.util.Optional;
import org.statcommons.access.Actor;

/**
 * A part of the evaluation report that is not an activity figure, written by the feature that owns it: the place of
 * "what the baseline and endpoint surveys say" (issue 12), which a surveys feature fills by implementing this as a
 * Spring bean and depending on {@code insights}, never the reverse. While no feature implements it, the report keeps
 * the place visibly open (a heading and a sentence saying what belongs there) so that the secretariat writes it by
 * hand or generates again once surveys exist. Only aggregates: the same rules as {@link InsightSection}.
 */
public interface EvaluationSection {

    /**
     * This feature's part of the report for the period, holding only what the reader (who generates the draft page or
     * prints the PDF) may read of it through the feature's own screens; empty to leave nothing.
     */
    Optional<EvaluationPart> part(InsightRequest request, Actor reader);
}
