package org.statcommons.moderation;

import org.statcommons.platform.activity.Subject;

/**
 * What a decision is about: the item, where it is, its author and the queue entry it closes.
 *
 * @param entryId     null for a decision outside the queue (a moderator's "Hide" under a comment) on an item no
 *                    one flagged
 * @param communityId null for an item bound to no community (a profile)
 * @param authorId    null when the item has no single author (a page)
 * @param link        a path on this server where the item is seen
 */
record DecidedItem(Long entryId, Long communityId, Subject item, Long authorId, String title, String link) {

    static DecidedItem of(QueueEntry entry) {
        return new DecidedItem(
                entry.id(),
                entry.communityId(),
                Subject.parse(entry.item()),
                entry.authorId(),
                entry.title(),
                entry.link());
    }
}
