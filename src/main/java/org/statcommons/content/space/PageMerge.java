package org.statcommons.content.space;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Three-way merge of one page's text with JGit's line merge, as {@code git merge} does it: edits to
 * different lines combine; edits to the same or adjacent lines conflict and are marked.
 */
public final class PageMerge {

    /** The merged text (with conflict markers if any) and whether there were conflicts. */
    public record Merged(byte[] text, boolean conflicts) {
        public String string() {
            return new String(text, StandardCharsets.UTF_8);
        }
    }

    private PageMerge() {}

    public static Merged merge(byte[] base, byte[] yours, byte[] theirs) {
        MergeResult<RawText> result = new MergeAlgorithm()
                .merge(RawTextComparator.DEFAULT, new RawText(base), new RawText(yours), new RawText(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(yours.length, theirs.length) + 64);
        try {
            new MergeFormatter().formatMerge(out, result, List.of("base", "yours", "theirs"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return new Merged(out.toByteArray(), result.containsConflicts());
    }
}
