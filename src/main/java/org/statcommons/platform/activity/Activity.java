package org.statcommons.platform.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a community, told once, as an application event, by the feature where it
 * happened (after its change, in its transaction). The activity stream records it; notifications tell the
 * people in its {@link #audience()}. Features never read each other's tables, so this event carries
 * everything a stream line, an in-app notice or a digest line needs.
 *
 * @param communityId the community it happened in
 * @param kind        what happened
 * @param actorId     the account that did it (left out of the audience), or null for StatCommons itself
 * @param actorName   that account's display name, or "StatCommons"
 * @param title       one line of plain text, such as "Ana replied to “Data sharing rules”"
 * @param excerpt     a few lines of plain text (no Markdown, no HTML) or empty
 * @param link        the address to open it, a path on this server starting with "/"
 * @param visibility  who may see it in the stream and feeds
 * @param about       what it is about (a page, a discussion, a meeting): notices about one thing are grouped
 * @param item        the exact piece of content (a comment, a post), the one moderators may hide
 * @param audience    who is told
 * @param mailedByFeature the feature sends its own e-mail for it (a meeting invitation with its
 *                        iCalendar file): notifications then shows it in the app only
 * @param at          when it happened
 */
public record Activity(long communityId, ActivityKind kind, Long actorId, String actorName, String title, String excerpt,
                       String link, Visibility visibility, Subject about, Subject item, Audience audience,
                       boolean mailedByFeature, Instant at) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(about, "about");
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("An activity links to a path on this server: " + link);
        }
        actorName = actorName == null || actorName.isBlank() ? "StatCommons" : actorName;
        excerpt = excerpt == null ? "" : excerpt;
        item = item == null ? about : item;
        audience = audience == null ? Audience.nobody() : audience;
        at = at == null ? Instant.now() : at;
    }
}
