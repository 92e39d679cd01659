package org.statcommons.decisions;

import java.time.Instant;
import org.statcommons.platform.Text;

/**
 * An entry another feature adds to the decision log ({@link DecisionLogContent}).
 *
 * @param anchor     the entry's id on the log's page ("election-7"), unique among the log's entries
 * @param title      what was decided, as stored (typed, or the English of {@code titleText})
 * @param titleText  the title as a text of the bundles, shown in the reader's language; null when typed
 * @param outcome    the entry's outcome tag ("Results")
 * @param decidedAt  when it was decided (the log is ordered by it)
 * @param visibility who may read it, as a decision's visibility
 * @param link       the path of its page on this server (the election's results)
 * @param decidedBy  the name of the body that decided, or null
 * @param summary    one line of what was decided ("Elected: Ana"), plain text
 * @param author     who the feed names as its author
 */
public record LoggedDecision(
        String anchor,
        String title,
        Text titleText,
        Text outcome,
        Instant decidedAt,
        DecisionVisibility visibility,
        String link,
        String decidedBy,
        Text summary,
        String author) {

    public LoggedDecision {
        if (anchor == null
                || title == null
                || outcome == null
                || decidedAt == null
                || visibility == null
                || link == null
                || !link.startsWith("/")
                || summary == null) {
            throw new IllegalArgumentException("A logged decision has an anchor, a title, an outcome, a time, a "
                    + "visibility, a path on this server and a summary");
        }
    }
}
