package org.statcommons.community;

import java.time.Instant;

/**
 * One line of a list another feature puts on a community screen: a discussion or meeting on a topic group's page,
 * a published page on the landing page.
 *
 * @param detail a short second part (a state, a count), may be empty
 * @param at the time that goes with the detail, shown in the reader's zone; null when none
 */
public record ListedLink(String title, String href, String detail, Instant at) {

    public ListedLink(String title, String href, String detail) {
        this(title, href, detail, null);
    }
}
