package org.statcommons.platform.web;

/**
 * The header's count of a signed-in person's unread notices ({@code unreadNotices} in every page's model), as
 * screens that render the header's person part on their own see it (content's remembered page views).
 */
public interface UnreadCount {

    /** The number of unread notices, counted on first use. */
    int value();

    /** The number as the header shows it: "3", or "99+" past the cap. */
    String text();
}
