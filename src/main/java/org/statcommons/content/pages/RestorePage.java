package org.statcommons.content.pages;

import org.springframework.stereotype.Service;
import org.statcommons.content.Author;
import org.statcommons.content.PageVersion;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.TextInput;

/**
 * Brings back an old version of a page as a new commit on main (history is never rewritten). Also
 * re-creates a deleted page from the version before its deletion.
 */
@Service
public class RestorePage {

    private final SpaceWriter writer;

    RestorePage(SpaceWriter writer) {
        this.writer = writer;
    }

    /**
     * @param path    where the page is to be (usually its current path)
     * @param version the version to bring back: a commit and the page's path in that commit
     */
    public SaveResult restore(long communityId, String path, PageVersion version, String summary, Author author) {
        SpacePath target = SpacePath.page("path", path);
        SpacePath source = SpacePath.page("version", version.path());
        TextInput input = new TextInput();
        String text = input.line("summary", "Summary", summary, SavePage.MAX_SUMMARY_LENGTH, false);
        input.throwIfInvalid();
        String message =
                text.isEmpty() ? "Restore " + target + " to the version of " + abbreviate(version.commitId()) : text;
        return writer.write(communityId, author, message, snapshot -> {
            byte[] old = snapshot.file(snapshot.commit("version", version.commitId()), source);
            return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, target, FileEdit.put(target, old));
        });
    }

    private static String abbreviate(String id) {
        return id == null || id.length() < 10 ? String.valueOf(id) : id.substring(0, 10);
    }
}
