package org.statcommons.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * One entry of a moderators' queue: a flagged item, however many flagged it, with the copy of what it said at
 * the last flag, until the first decision closes it.
 *
 * @param communityId null for an item bound to no community (a profile): the administrators' queue
 * @param titleText   the item's name as a text of the owning feature's bundle, null for a name typed by people or an
 *                    entry stored before names had keys (then {@code title}, as stored, is shown)
 * @param outcome     what the entry says once closed ({@link DecisionKind#outcome()}), null while open
 * @param count       how many people flagged it
 * @param reasons     how many flags gave each reason
 * @param notes       the newest notes of those who flagged it (at most ten)
 */
record QueueEntry(
        long id,
        String item,
        Long communityId,
        Long authorId,
        String authorName,
        String title,
        Text titleText,
        String excerpt,
        String link,
        boolean open,
        String outcome,
        Instant openedAt,
        Instant lastFlaggedAt,
        Instant closedAt,
        int count,
        Map<FlagReason, Integer> reasons,
        List<Note> notes) {

    /** A note a flagger wrote, with their reason. */
    record Note(FlagReason reason, String text) {}

    /** The item's name in the reader's language. */
    public String shownTitle(Locale locale) {
        return titleText == null ? title : titleText.in(Language.of(locale));
    }

    QueueEntry withFlags(Map<FlagReason, Integer> reasons, List<Note> notes) {
        return new QueueEntry(
                id,
                item,
                communityId,
                authorId,
                authorName,
                title,
                titleText,
                excerpt,
                link,
                open,
                outcome,
                openedAt,
                lastFlaggedAt,
                closedAt,
                count,
                reasons,
                notes);
    }
}
