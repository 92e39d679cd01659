package org.statcommons.moderation;

import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.activity.Subject;

/**
 * What a decision is about: the item, where it is, its author and the queue entry it closes.
 *
 * @param entryId     null for a decision outside the queue (a moderator's "Hide" under a comment) on an item no
 *                    one flagged
 * @param communityId null for an item bound to no community (a profile)
 * @param authorId    null when the item has no single author (a page)
 * @param titleText   the item's name in words of the owning feature's bundle, null when {@code title} is typed text
 *                    (or stored before names had keys)
 * @param link        a path on this server where the item is seen
 */
record DecidedItem(
        Long entryId, Long communityId, Subject item, Long authorId, String title, Text titleText, String link) {

    static DecidedItem of(QueueEntry entry) {
        return new DecidedItem(
                entry.id(),
                entry.communityId(),
                Subject.parse(entry.item()),
                entry.authorId(),
                entry.title(),
                entry.titleText(),
                entry.link());
    }

    /**
     * The item's name as an argument of a text told to its author (an e-mail, a notice with times): in the reader's
     * language when it is in words, and what people typed kept literal ({@link TimePresenter#literal}).
     */
    Object named() {
        return titleText == null ? TimePresenter.literal(title) : ActivityTitle.typed(titleText);
    }

    /** The item's name as an argument of a text with no times in it (a line of the audit log). */
    Object name() {
        return titleText == null ? title : titleText;
    }

    /** The same item with another author (a suspension is about the member, wherever their content is). */
    DecidedItem by(long authorId, String link) {
        return new DecidedItem(entryId, communityId, item, authorId, title, titleText, link);
    }
}
