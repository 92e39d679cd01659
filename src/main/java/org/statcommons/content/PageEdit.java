package org.statcommons.content;

import java.util.Map;

/**
 * A save from the edit form: the page's path, its new title and body, the commit the person started from
 * ({@code baseCommit}, null for a new page) and an optional summary of the change. {@code fields} are the front
 * matter's other fields to write ({@code lang}, {@code translated-from}); null keeps those the page has now, so
 * that a save that does not know of them never drops them ({@link PageFields}).
 */
public record PageEdit(
        String path, String title, String body, String baseCommit, String summary, Map<String, String> fields) {

    public PageEdit(String path, String title, String body, String baseCommit, String summary) {
        this(path, title, body, baseCommit, summary, null);
    }

    /** The same edit with these front-matter fields. */
    public PageEdit withFields(Map<String, String> fields) {
        return new PageEdit(path, title, body, baseCommit, summary, fields);
    }
}
