package org.statcommons.content.bodyspace;

import org.statcommons.content.BodySpace;

/** The addresses of one page of a body's space and of what can be done to it, for templates. */
record BodyPageActions(String view, String edit, String history) {

    static BodyPageActions of(BodySpace space, String path) {
        return new BodyPageActions(space.page(path), space.action("edit", path), space.action("history", path));
    }
}
