package org.statcommons.moderation;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.activity.Subject;

/**
 * Implemented by each feature that owns content people can flag (comments, discussion posts, pages): the
 * moderation feature shows flagged items and hides them through it, without reading the owner's tables.
 */
public interface ModeratedContent {

    /** The {@link Subject#kind()} this feature owns, such as "comment", "post" or "page". */
    String kind();

    /** The item as the viewer may see it; empty when it does not exist or the viewer may not see it. */
    Optional<FlaggedItem> describe(Subject item, Actor viewer);

    /**
     * Hides the item (or shows it again) wherever the owning feature shows it, and tells search; idempotent.
     * Called in the moderation decision's transaction.
     */
    void hide(Subject item, boolean hidden);

    /**
     * What a moderator needs to judge a flagged item.
     *
     * @param authorId null when the item has no single author (a page)
     * @param excerpt  the item's text as written (Markdown or plain); reduced to plain text and cut here to a few hundred characters
     * @param link     a path on this server where the item is seen
     */
    record FlaggedItem(
            Subject item,
            long communityId,
            Long authorId,
            String authorName,
            String title,
            String excerpt,
            String link,
            boolean hidden) {

        public FlaggedItem {
            authorName = authorName == null ? "" : authorName;
            excerpt = Markdown.excerpt(excerpt);
        }
    }
}
