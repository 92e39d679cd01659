package org.statcommons.moderation;

import java.util.Locale;
import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.i18n.Language;

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
     * @param title    how the item is named: what people typed (a discussion's title), or the English of
     *                 {@code titleText}
     * @param titleText the name in words of the owning feature's bundle ("Comment by {0} on {1}"), shown to each
     *                 moderator in their language and stored so; its text arguments are what people typed; null when
     *                 the item is named by typed text alone
     * @param excerpt  the item's text as written (Markdown or plain); reduced to plain text and cut here to a few hundred characters
     * @param link     a path on this server where the item is seen
     */
    record FlaggedItem(
            Subject item,
            long communityId,
            Long authorId,
            String authorName,
            String title,
            Text titleText,
            String excerpt,
            String link,
            boolean hidden) {

        public FlaggedItem {
            authorName = authorName == null ? "" : authorName;
            title = titleText == null ? title : titleText.english();
            excerpt = Markdown.excerpt(excerpt);
        }

        /** An item named by what people typed (a discussion's title). */
        public FlaggedItem(
                Subject item,
                long communityId,
                Long authorId,
                String authorName,
                String title,
                String excerpt,
                String link,
                boolean hidden) {
            this(item, communityId, authorId, authorName, title, null, excerpt, link, hidden);
        }

        /** An item named in words of the owning feature's bundle, in each reader's language. */
        public FlaggedItem(
                Subject item,
                long communityId,
                Long authorId,
                String authorName,
                Text title,
                String excerpt,
                String link,
                boolean hidden) {
            this(item, communityId, authorId, authorName, title.english(), title, excerpt, link, hidden);
        }

        /** The name in the reader's language. */
        public String shownTitle(Locale locale) {
            return titleText == null ? title : titleText.in(Language.of(locale));
        }
    }
}
