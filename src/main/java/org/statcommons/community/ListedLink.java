package org.statcommons.community;

/**
 * One line of a list another feature puts on a community screen: a discussion or meeting on a topic group's page,
 * a published page on the landing page.
 *
 * @param detail a short second part (a date, a state), may be empty
 */
public record ListedLink(String title, String href, String detail) {}
