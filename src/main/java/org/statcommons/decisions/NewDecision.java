package org.statcommons.decisions;

import java.time.Instant;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * A decision to propose, checked: title, Markdown text, kind, deadline, who may read it, when its tally is shown, its
 * quorum and majority, the maximum score (score) and number of choices (poll), and the options (ranked choice, score,
 * poll). Who is eligible comes beside it: a community's or topic group's members, or the ids another feature gives.
 * {@code titleText} and {@code bodyText}: the words as texts of the bundles when StatCommons wrote them ({@link
 * #worded}), null when typed (a proposal's form, the API).
 */
public record NewDecision(
        String title,
        String body,
        DecisionKind kind,
        Instant deadline,
        DecisionVisibility visibility,
        TallyShown tallyShown,
        Quorum quorum,
        Majority majority,
        int maxScore,
        int maxChoices,
        List<String> options,
        Text titleText,
        Text bodyText) {

    public NewDecision {
        options = List.copyOf(options);
    }

    /**
     * The same decision worded by StatCommons for another feature (an approval, an endorsement): its title and text
     * are shown in each reader's language; the English is kept beside them.
     */
    public NewDecision worded(Text title, Text body) {
        return new NewDecision(
                title.english(),
                body.english(),
                kind,
                deadline,
                visibility,
                tallyShown,
                quorum,
                majority,
                maxScore,
                maxChoices,
                options,
                // what someone typed among the arguments shows as typed, never as a time mark
                ActivityTitle.typed(title),
                ActivityTitle.typed(body));
    }
}
