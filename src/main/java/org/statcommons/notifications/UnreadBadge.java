package org.statcommons.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.statcommons.access.Actor;
import org.statcommons.platform.web.UnreadCount;

/**
 * Gives every page's header the signed-in person's unread count as {@code unreadNotices}: counted only when
 * the layout asks (JSON answers and anonymous visitors cost nothing), with one look in a partial index, over
 * the notices the person may still see ({@link CurrentReader}, asked once per request with the page itself).
 */
@ControllerAdvice
class UnreadBadge {

    private final Notices notices;
    private final CurrentReader readers;

    UnreadBadge(Notices notices, CurrentReader readers) {
        this.notices = notices;
        this.readers = readers;
    }

    /** Counts on first use, once per request. */
    public static final class Count implements UnreadCount {
        private final Notices notices;
        private final CurrentReader readers;
        private final Actor actor;
        private Integer count;

        Count(Notices notices, CurrentReader readers, Actor actor) {
            this.notices = notices;
            this.readers = readers;
            this.actor = actor;
        }

        @Override
        public int value() {
            if (count == null) {
                count = notices.unread(readers.of(actor));
            }
            return count;
        }

        /** "3", or "99+" past the cap. */
        @Override
        public String text() {
            return value() >= Notices.COUNT_CAP ? (Notices.COUNT_CAP - 1) + "+" : Integer.toString(value());
        }
    }

    @ModelAttribute("unreadNotices")
    Count unreadNotices(Actor actor) {
        return actor.signedIn() ? new Count(notices, readers, actor) : null;
    }
}
