package org.statcommons.discussions;

import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An edit started from a version of a post that is no longer the current one (the author saved it meanwhile in
 * another window, say). Nothing was written; the form shows the current text next to the one typed.
 */
class EditConflictException extends ConflictException {

    EditConflictException(Post current, int editedVersion) {
        super(Text.of("discussions.edit.conflict", editedVersion, current.version()));
    }
}
