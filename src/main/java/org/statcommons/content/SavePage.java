package org.statcommons.content;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Service;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.space.PageMerge;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Saves a page as one commit on main, authored by the person. The save names the commit the person
 * started from: if main moved since, the page is merged three ways (their start, their text, the page now).
 * A clean merge is saved; a real conflict saves nothing and returns both versions with the conflict marked,
 * so no edit is ever lost silently.
 */
@Service
public class SavePage {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_SUMMARY_LENGTH = 200;

    private final SpaceWriter writer;
    private final ContentProperties properties;
    private final Markdown markdown;
    private final PageFields fields;
    private final Counter saves;
    private final Counter conflicts;

    SavePage(
            SpaceWriter writer,
            ContentProperties properties,
            Markdown markdown,
            PageFields fields,
            MeterRegistry meters) {
        this.writer = writer;
        this.properties = properties;
        this.markdown = markdown;
        this.fields = fields;
        this.saves = Counter.builder("statcommons.page.saves")
                .description("Page saves (browser, API) by outcome: saved, or stopped by another editor's change")
                .tag("outcome", "saved")
                .register(meters);
        this.conflicts = Counter.builder("statcommons.page.saves")
                .description("Page saves (browser, API) by outcome: saved, or stopped by another editor's change")
                .tag("outcome", "conflict")
                .register(meters);
    }

    /** Checks the edit (rendering it once, before the space's write lock is taken), then saves it. */
    public SaveResult save(long communityId, PageEdit edit, Author author) {
        Checked checked = check(fields.resolve(communityId, edit), properties, markdown);
        // the plan reads only the snapshot: planned, and its objects written, before the space's lock
        // and it reads nothing of main but the page's own file: a save of another page meanwhile leaves it as planned
        SaveResult result = writer.writePlannedAhead(
                communityId,
                author,
                checked.message(),
                checked.path(),
                snapshot -> plan(snapshot, snapshot.head(), checked.path(), checked.base(), checked.bytes()));
        (result instanceof SaveResult.Saved ? saves : conflicts).increment();
        return result;
    }

    /** A page edit whose fields passed the checks: the file's bytes, the base commit and the commit message. */
    public record Checked(SpacePath path, byte[] bytes, String base, String message) {}

    /** The same checks as a Git push's ({@code PushedFile}): within the size limit, and Markdown that can be shown formatted. */
    public static Checked check(PageEdit edit, ContentProperties properties, Markdown markdown) {
        SpacePath path = SpacePath.page("path", edit.path());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("content.edit.title-field"), edit.title(), MAX_TITLE_LENGTH, true);
        String body = input.block("body", Text.of("content.edit.text"), edit.body(), Integer.MAX_VALUE, false);
        String summary = input.line("summary", Text.of("content.summary"), edit.summary(), MAX_SUMMARY_LENGTH, false);
        String base = edit.baseCommit() == null || edit.baseCommit().isBlank()
                ? null
                : edit.baseCommit().strip();
        if (base != null && !ObjectId.isId(base)) {
            input.error("baseCommit", Text.of("content.not-a-version"));
        }
        input.throwIfInvalid();
        byte[] yours = PageFile.of(title, edit.fields() == null ? Map.of() : edit.fields(), body)
                .bytes();
        if (yours.length > properties.maxPageSize().toBytes()) {
            throw new InvalidInputException(
                    "body",
                    Text.of(
                            "content.save.too-long",
                            ByteSize.of(properties.maxPageSize().toBytes())));
        }
        markdown.problem(body).ifPresent(reason -> {
            throw new InvalidInputException("body", Text.of("content.save.cannot-format", reason));
        });
        String message = summary.isEmpty() ? (base == null ? "Create " : "Edit ") + path : summary;
        return new Checked(path, yours, base, message);
    }

    /**
     * Plans the save on {@code head}: main's commit for a page save, a proposal branch's tip when saving into
     * a proposal.
     */
    public static SpaceWriter.Plan plan(Snapshot snapshot, RevCommit head, SpacePath path, String base, byte[] yours)
            throws IOException {
        RevCommit start = base == null ? null : snapshot.commit("baseCommit", base);
        Optional<ObjectId> before = snapshot.blob(start, path);
        Optional<ObjectId> now = snapshot.blob(head, path);
        if (before.equals(now)) {
            return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, path, FileEdit.put(path, yours));
        }
        if (now.isEmpty()) {
            return SpaceWriter.Plan.conflict(new SaveResult.Conflicted(
                    head == null ? null : head.name(),
                    path,
                    text(yours),
                    "",
                    text(yours),
                    Text.of("content.save.conflict.gone")));
        }
        byte[] theirs = snapshot.read(now.get());
        if (Arrays.equals(theirs, yours)) {
            return SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, path);
        }
        byte[] original = before.isPresent() ? snapshot.read(before.get()) : new byte[0];
        PageMerge.Merged merged = PageMerge.merge(original, yours, theirs);
        if (merged.conflicts()) {
            Text reason = before.isPresent()
                    ? Text.of("content.save.conflict.same-lines")
                    : Text.of("content.save.conflict.created");
            return SpaceWriter.Plan.conflict(
                    new SaveResult.Conflicted(head.name(), path, text(yours), text(theirs), merged.string(), reason));
        }
        return SpaceWriter.Plan.edits(SaveResult.Outcome.MERGED, path, FileEdit.put(path, merged.text()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
