package org.statcommons.decisions;

import java.time.Instant;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * A decision as stored. {@code eligibleCount}: how many people were eligible when it was proposed; {@code winner}: the
 * position of the winning option once closed; {@code countSeed}: the start of the lot that breaks ties no earlier
 * round of an instant runoff breaks, kept so that the count can be repeated; {@code bodyId} and {@code bodyName}: the body
 * whose members decide (its name when proposed), or null for a community's or topic group's decision;
 * {@code titleText} and {@code bodyText}: the words as texts of the bundles when StatCommons wrote them (an approval, an
 * endorsement), null when typed ({@code title} and {@code body} then hold their English).
 */
public record Decision(
        long id,
        long communityId,
        Long topicGroupId,
        String title,
        String body,
        DecisionKind kind,
        DecisionVisibility visibility,
        TallyShown tallyShown,
        Quorum quorum,
        Majority majority,
        int maxScore,
        int maxChoices,
        Instant deadline,
        Long proposerId,
        String proposerName,
        DecisionSubject subject,
        int eligibleCount,
        Instant createdAt,
        Instant closedAt,
        String closedByName,
        Outcome outcome,
        Integer winner,
        long countSeed,
        String statement,
        Long bodyId,
        String bodyName,
        Text titleText,
        Text bodyText) {

    /** The title as this reader reads it: in their language when StatCommons worded it, else as typed. */
    public String titleIn(TimePresenter times) {
        return titleText == null ? title : ActivityTitle.shown(title, titleText, times);
    }

    /** The text (Markdown) as this reader reads it: in their language when StatCommons worded it, else as typed. */
    public String bodyIn(TimePresenter times) {
        return bodyText == null ? body : ActivityTitle.shown(body, bodyText, times);
    }

    /** The title as an argument of another text: the words of the bundles when StatCommons wrote it. */
    public Object titleArgument() {
        return titleText == null ? title : titleText;
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Votes are taken until the deadline (the deadline itself is too late), while the decision is open. */
    public boolean takesVotesAt(Instant now) {
        return !closed() && now.isBefore(deadline);
    }

    public boolean proposedBy(long accountId) {
        return proposerId != null && proposerId == accountId;
    }
}
