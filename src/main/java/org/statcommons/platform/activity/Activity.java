package org.statcommons.platform.activity;

import java.time.Instant;
import java.util.Objects;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Something that happened in a community, told once, as an application event, by the feature where it
 * happened (after its change, in its transaction). The activity stream records it; notifications tell the
 * people in its {@link #audience()}. Features never read each other's tables, so this event carries
 * everything a stream line, an in-app notice or a digest line needs. Built with {@link #of}:
 *
 * <pre>{@code
 * events.publishEvent(Activity.of(ActivityKind.REPLY, community.id(), clock.instant())
 *         .by(author.id(), author.displayName())
 *         .title(Text.of("discussions.activity.replied", author.displayName(), "Data sharing rules"))
 *         .excerpt(Markdown.excerpt(body))
 *         .link(DiscussionAddress.post(community.slug(), threadId, postId))
 *         .visibleTo(Visibility.MEMBERS)
 *         .about(Subject.of("thread", threadId)).item(Subject.of("post", postId))
 *         .tell(Audience.people(followers))
 *         .build());
 * }</pre>
 *
 * @param communityId the community it happened in
 * @param kind        what happened
 * @param actorId     the account that did it (left out of the audience), or null for StatCommons itself
 * @param actorName   that account's display name; empty for an account no longer known, shown as "Someone" in the
 *                    reader's language; "StatCommons" or {@link #MODERATORS} when no account acts
 * @param title       one line of plain text, such as "Ana replied to “Data sharing rules”", with times marked
 *                    ({@link TimePresenter#mark}) and typed text kept literal ({@link TimePresenter#literal}): in
 *                    English, kept for lines stored before titles had keys and for what reads the stored English
 * @param titleText   the same title as a bundle key and its arguments, shown in each reader's language
 *                    ({@link ActivityTitle}); null for a title only known in English
 * @param excerpt     a few lines of plain text (no Markdown, no HTML) or empty
 * @param link        the address to open it, a path on this server starting with "/"
 * @param visibility  who may see it in the stream and feeds
 * @param about       what it is about (a page, a discussion, a meeting): notices about one thing are grouped
 * @param item        the exact piece of content (a comment, a post), the one moderators may hide
 * @param audience    who is told
 * @param mailedByFeature the feature sends its own e-mail for it (a meeting invitation with its
 *                        iCalendar file): notifications then shows it in the app only
 * @param at          when it happened (the feature's clock)
 */
public record Activity(
        long communityId,
        ActivityKind kind,
        Long actorId,
        String actorName,
        String title,
        Text titleText,
        String excerpt,
        String link,
        Visibility visibility,
        Subject about,
        Subject item,
        Audience audience,
        boolean mailedByFeature,
        Instant at) {

    /** The name of the moderators deciding together, shown in the reader's language ({@link ActivityTitle#actor}). */
    public static final String MODERATORS = "The moderators";

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(at, "at");
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("An activity links to a path on this server: " + link);
        }
        // StatCommons itself acts without an account; an account whose name is unknown is "Someone" where shown
        actorName = actorName == null || actorName.isBlank() ? (actorId == null ? "StatCommons" : "") : actorName;
        excerpt = excerpt == null ? "" : excerpt;
        item = item == null ? about : item;
        audience = audience == null ? Audience.nobody() : audience;
    }

    /** An activity of this kind in this community, at this time; the builder asks for the rest by name. */
    public static Builder of(ActivityKind kind, long communityId, Instant at) {
        return new Builder(kind, communityId, at);
    }

    /**
     * The parts of an activity by name. Required: {@link #title}, {@link #link}, {@link #visibleTo} and
     * {@link #about}; the others have defaults (done by StatCommons itself, no excerpt, the item is what it is
     * about, nobody told, not mailed by the feature).
     */
    public static final class Builder {

        private final ActivityKind kind;
        private final long communityId;
        private final Instant at;
        private Long actorId;
        private String actorName;
        private String title;
        private Text titleText;
        private String excerpt;
        private String link;
        private Visibility visibility;
        private Subject about;
        private Subject item;
        private Audience audience;
        private boolean mailedByFeature;

        private Builder(ActivityKind kind, long communityId, Instant at) {
            this.kind = kind;
            this.communityId = communityId;
            this.at = at;
        }

        /**
         * Who did it: an account (its name empty when it is no longer known), or (id null) someone speaking for
         * StatCommons, such as {@link Activity#MODERATORS}.
         */
        public Builder by(Long actorId, String actorName) {
            this.actorId = actorId;
            this.actorName = actorName;
            return this;
        }

        /**
         * A title of plain text: anything in it that looks like a time mark ({@code {{time …}}}, typed into a
         * discussion's title, say) is shown as typed, never as a time.
         */
        public Builder title(String title) {
            this.title = TimePresenter.literal(title);
            return this;
        }

        /**
         * A title with times in it ({@link TimePresenter#mark}), shown in each reader's zone; whatever people typed
         * that is joined into it (a meeting's title, a name) must be passed through {@link TimePresenter#literal}.
         */
        public Builder titleWithTimes(String title) {
            this.title = title;
            return this;
        }

        /**
         * A title from the bundles, in each reader's language: its text arguments are what people typed (a name, a
         * discussion's title), kept as typed ({@link TimePresenter#literal}) and never translated.
         */
        public Builder title(Text title) {
            return titleWithTimes(ActivityTitle.typed(title));
        }

        /**
         * A title from the bundles with times in it: its arguments that are {@link TimePresenter#mark marks} are
         * shown in each reader's zone, so whatever people typed must be passed through {@link TimePresenter#literal}.
         */
        public Builder titleWithTimes(Text title) {
            this.titleText = title;
            this.title = ActivityTitle.english(title);
            return this;
        }

        public Builder excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        public Builder link(String link) {
            this.link = link;
            return this;
        }

        public Builder visibleTo(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder about(Subject about) {
            this.about = about;
            return this;
        }

        public Builder item(Subject item) {
            this.item = item;
            return this;
        }

        public Builder tell(Audience audience) {
            this.audience = audience;
            return this;
        }

        /** The feature sends its own e-mail for it: notifications shows it in the app only. */
        public Builder mailedByFeature() {
            this.mailedByFeature = true;
            return this;
        }

        public Activity build() {
            return new Activity(
                    communityId,
                    kind,
                    actorId,
                    actorName,
                    title,
                    titleText,
                    excerpt,
                    link,
                    visibility,
                    about,
                    item,
                    audience,
                    mailedByFeature,
                    at);
        }
    }
}
