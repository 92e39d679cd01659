package org.statcommons.content.pages;

/** What a rendering needs to know about the other pages of the space, as the reader may see them. */
public interface PageLinks {

    /** The address of the page at {@code path}, or null when this reader cannot follow a link to it. */
    String href(String path);

    /** Whether a page exists at {@code path}. */
    boolean exists(String path);

    /** The path of the page with this title (ignoring case), or null. */
    String pathOfTitle(String title);

    /**
     * The address of the file (a page's attachment) at {@code path} for this reader, or null when it is not
     * one the reader may open.
     */
    default String fileHref(String path) {
        return null;
    }
}
