package org.statcommons.content.pages;

import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Service;
import org.statcommons.content.Author;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Deletes a page from main; it stays in history and can be restored. Deleting names the version the person
 * saw: if the page changed since, nothing is deleted and the conflict says so, so that nobody deletes an
 * edit they never saw.
 */
@Service
public class DeletePage {

    private final SpaceWriter writer;

    DeletePage(SpaceWriter writer) {
        this.writer = writer;
    }

    public SaveResult delete(long communityId, String path, String baseCommit, String summary, Author author) {
        SpacePath page = SpacePath.page("path", path);
        TextInput input = new TextInput();
        String text = input.line("summary", Text.of("content.summary"), summary, SavePage.MAX_SUMMARY_LENGTH, false);
        input.throwIfInvalid();
        String message = text.isEmpty() ? "Delete " + page : text;
        return writer.write(communityId, author, message, snapshot -> {
            Optional<ObjectId> now = snapshot.blob(snapshot.head(), page);
            if (now.isEmpty()) {
                throw new NotFoundException(Text.of("content.delete.no-page", page.value()));
            }
            if (baseCommit != null && !baseCommit.isBlank()) {
                RevCommit seen = snapshot.commit("baseCommit", baseCommit.strip());
                if (!snapshot.blob(seen, page).equals(now)) {
                    String theirs = new String(snapshot.read(now.get()), java.nio.charset.StandardCharsets.UTF_8);
                    return SpaceWriter.Plan.conflict(new SaveResult.Conflicted(
                            snapshot.head().name(), page, "", theirs, theirs, Text.of("content.delete.changed")));
                }
            }
            return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, page, FileEdit.remove(page));
        });
    }
}
