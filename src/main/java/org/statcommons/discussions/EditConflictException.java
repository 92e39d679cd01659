package org.statcommons.discussions;

import org.statcommons.platform.ConflictException;

/**
 * An edit started from a version of a post that is no longer the current one (the author saved it meanwhile in
 * another window, say). Nothing was written; the form shows the current text next to the one typed.
 */
class EditConflictException extends ConflictException {

    EditConflictException(Post current, int editedVersion) {
        super("This post was changed after you started editing it (you edited version " + editedVersion
                + ", it is now version "
                + current.version() + "). Your text was not saved. Compare it with the current text, then save again"
                + " starting from version " + current.version() + ".");
    }
}
