package org.statcommons.community;

import java.time.Instant;
import org.statcommons.platform.Text;

/**
 * One line of a list another feature puts on a community screen: a discussion or meeting on a topic group's page,
 * a published page on the landing page.
 *
 * @param title what people typed (a discussion's or a page's title), shown as typed
 * @param detail a short second part (a state, a count) in the reader's language, or null
 * @param at the time that goes with the detail, shown in the reader's zone; null when none
 */
public record ListedLink(String title, String href, Text detail, Instant at) {}
