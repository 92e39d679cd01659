package org.statcommons.content.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Service;
import org.statcommons.content.Author;
import org.statcommons.content.Publications;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Renames or moves a page together with its folder of files: one commit that Git and the index see as
 * renames, so the page's history follows it and the old address can redirect. When the page's name changes,
 * a second commit renames its links into its folder (kept apart so that the move itself changes no content:
 * Git recognises a short page whose text changed as deleted and added, not moved). The page moves as it is on
 * main now, so an edit saved meanwhile moves with it. A published page's publication follows it (see
 * {@link Publications}).
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
        String text = input.line("summary", Text.of("content.summary"), summary, SavePage.MAX_SUMMARY_LENGTH, false);
        if (source.equals(target)) {
            input.error("to", Text.of("content.move.same"));
        }
        input.throwIfInvalid();
        String message = text.isEmpty() ? "Move " + source + " to " + target : text;
        SaveResult moved = writer.write(communityId, author, message, snapshot -> {
            RevCommit head = snapshot.head();
            if (snapshot.exists(head, target)) {
                throw new InvalidInputException("to", Text.of("content.move.taken", target.value()));
            }
            String folder = Attachments.folder(target.value());
            if (!snapshot.filesUnder(head, Attachments.folder(source.value())).isEmpty()
                    && snapshot.exists(head, new SpacePath(folder))) {
                throw new InvalidInputException("to", Text.of("content.move.files-there", folder + "/"));
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    target,
                    edits(snapshot, head, source, target, false).toArray(FileEdit[]::new));
        });
        if (moved.outcome() != SaveResult.Outcome.SAVED || folderName(source).equals(folderName(target))) {
            return moved;
        }
        // a commit of its own, so that the move itself changes no content and Git sees it as a move, however short the
        // page
        SaveResult links = writer.write(communityId, author, "Rename the links to the files of " + target, snapshot -> {
            Optional<ObjectId> page = snapshot.blob(snapshot.head(), target);
            if (page.isEmpty()) {
                return SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, target);
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    target,
                    FileEdit.put(
                            target,
                            ownFolderRenamed(snapshot.read(page.get()), folderName(source), folderName(target))));
        });
        return links.outcome() == SaveResult.Outcome.SAVED ? links : moved;
    }

    /**
     * The edits that move the page at {@code source} in {@code commit} to {@code target}, with every file of
     * its folder ({@code a.files/} → {@code b.files/}, which then holds exactly these files). With
     * {@code renameLinks}, when the page's name changes, its links and images into its own folder
     * ({@code ](a.files/chart.png)}) are renamed too, so that they still show the files.
     */
    public static List<FileEdit> edits(
            Snapshot snapshot, RevCommit commit, SpacePath source, SpacePath target, boolean renameLinks)
            throws IOException {
        Optional<ObjectId> page = snapshot.blob(commit, source);
        if (page.isEmpty()) {
            throw new NotFoundException(Text.of("content.move.no-page", source.value()));
        }
        String from = Attachments.folder(source.value());
        String to = Attachments.folder(target.value());
        Map<String, ObjectId> files = snapshot.filesUnder(commit, from);
        byte[] text = snapshot.read(page.get());
        List<FileEdit> edits = new ArrayList<>(List.of(
                FileEdit.remove(source),
                FileEdit.put(
                        target, renameLinks ? ownFolderRenamed(text, folderName(source), folderName(target)) : text)));
        if (files.isEmpty()) {
            return edits;
        }
        Map<String, ObjectId> replaced = snapshot.filesUnder(commit, to);
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            SpacePath moved;
            try {
                moved = SpacePath.parse("to", to + file.getKey().substring(from.length()));
            } catch (InvalidInputException e) {
                InvalidInputException.FieldMessage why = e.errors().get(0);
                throw new InvalidInputException(
                        "to", Text.of("content.move.files-cannot", why.text() == null ? why.message() : why.text()));
            }
            replaced.remove(moved.value());
            edits.add(FileEdit.remove(new SpacePath(file.getKey())));
            edits.add(FileEdit.put(moved, snapshot.read(file.getValue())));
        }
        replaced.keySet().forEach(stale -> edits.add(FileEdit.remove(new SpacePath(stale))));
        return edits;
    }

    /** {@code guidelines/data.md} → {@code data.files}: how the page's text names its folder. */
    private static String folderName(SpacePath page) {
        return page.name() + Attachments.FOLDER_SUFFIX;
    }

    /** Link and image destinations, inline or as reference definitions, that start in the page's own folder. */
    private static Pattern ownFolderLinks(String folder) {
        return Pattern.compile(
                "(\\]\\(\\s*<?|(?m:^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?))(\\./)?" + Pattern.quote(folder) + "/");
    }

    static byte[] ownFolderRenamed(byte[] page, String from, String to) {
        if (from.equals(to)) {
            return page;
        }
        String text = new String(page, StandardCharsets.UTF_8);
        Matcher links = ownFolderLinks(from).matcher(text);
        if (!links.find()) {
            return page;
        }
        return links.replaceAll(match -> Matcher.quoteReplacement(
                        match.group(1) + (match.group(2) == null ? "" : match.group(2)) + to + "/"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
