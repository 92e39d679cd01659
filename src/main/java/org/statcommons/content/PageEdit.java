package org.statcommons.content;

/**
 * A save from the edit form: the page's path, its new title and body, the commit the person started from
 * ({@code baseCommit}, null for a new page) and an optional summary of the change.
 */
public record PageEdit(String path, String title, String body, String baseCommit, String summary) {}
