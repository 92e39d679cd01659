package org.statcommons.content;

import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.springframework.stereotype.Service;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * Renames or moves a page (one commit that Git and the index see as a rename, so the page's history
 * follows it and the old address can redirect). The page moves as it is on main now, so an edit saved
 * meanwhile moves with it.
 */
@Service
public class MovePage {

    private final SpaceWriter writer;

    MovePage(SpaceWriter writer) {
        this.writer = writer;
    }

    public SaveResult move(long communityId, String from, String to, String summary, Author author) {
        SpacePath source = SpacePath.page("from", from);
        SpacePath target = SpacePath.page("to", to);
        TextInput input = new TextInput();
        String text = input.line("summary", "Summary", summary, SavePage.MAX_SUMMARY_LENGTH, false);
        if (source.equals(target)) {
            input.error("to", "The new path is the same as the old one.");
        }
        input.throwIfInvalid();
        String message = text.isEmpty() ? "Move " + source + " to " + target : text;
        return writer.write(communityId, author, message, snapshot -> {
            Optional<ObjectId> page = snapshot.blob(snapshot.head(), source);
            if (page.isEmpty()) {
                throw new NotFoundException("There is no page " + source + " to move.");
            }
            if (snapshot.exists(snapshot.head(), target)) {
                throw new InvalidInputException("to", "There is already a page at " + target + ".");
            }
            return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, target,
                    FileEdit.remove(source), FileEdit.put(target, snapshot.read(page.get())));
        });
    }
}
