package org.statcommons.content.pages;

import org.statcommons.platform.i18n.Language;

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

    /**
     * What a link to the page at {@code path} that does not exist offers this reader: the address of a form that
     * creates it with this {@code title} (the new-page form for editors, a proposal for those who propose), the empty
     * string when the reader can do neither (the words then say that the page does not exist yet), or null for no
     * offer at all (the public: the words alone).
     */
    default String missingHref(String path, String title) {
        return null;
    }

    /** The language of the words a rendering adds for this reader (that a linked page does not exist yet). */
    default Language language() {
        return Language.ENGLISH;
    }
}
