package org.statcommons.content.space;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HashedSequence;
import org.eclipse.jgit.diff.HashedSequenceComparator;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.LowLevelDiffAlgorithm;
import org.eclipse.jgit.diff.MyersDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Three-way merge of one page's text with JGit's line merge, as {@code git merge} does it: edits to
 * different lines combine; edits to the same or adjacent lines conflict and are marked.
 *
 * <p>Bounded as a comparison is ({@code platform.text.WordDiff}): JGit's line diff (histogram) falls back to Myers'
 * algorithm on a stretch of lines it cannot match by rare lines (a page where one line in two is the same rule or
 * table border), and Myers' time grows with the lines times the differences: a megabyte page changed everywhere on
 * both sides took seconds of processor time, several times over for the conflict screen. A stretch of more than
 * {@link #MAX_COMPARED} lines is not compared but taken as replaced whole, so that when both sides changed it, the
 * whole stretch is one conflict for the person to settle on the conflict screen; edits elsewhere still merge.
 */
public final class PageMerge {

    /** The most lines (both sides together) of one stretch that Myers' algorithm compares, as in WordDiff. */
    static final int MAX_COMPARED = 5_000;

    /** JGit's usual line diff, with Myers' algorithm used only within the bound. */
    private static final DiffAlgorithm DIFF = bounded();

    /** The merged text (with conflict markers if any) and whether there were conflicts. */
    public record Merged(byte[] text, boolean conflicts) {
        public String string() {
            return new String(text, StandardCharsets.UTF_8);
        }
    }

    private PageMerge() {}

    public static Merged merge(byte[] base, byte[] yours, byte[] theirs) {
        MergeResult<RawText> result = lines(new RawText(base), new RawText(yours), new RawText(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(yours.length, theirs.length) + 64);
        try {
            new MergeFormatter().formatMerge(out, result, List.of("base", "yours", "theirs"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return new Merged(out.toByteArray(), result.containsConflicts());
    }

    /**
     * The bounded line merge of the three versions. The conflict screen splits its passages with it too, so it
     * shows exactly the conflicts the save found.
     */
    public static MergeResult<RawText> lines(RawText base, RawText yours, RawText theirs) {
        return new MergeAlgorithm(DIFF).merge(RawTextComparator.DEFAULT, base, yours, theirs);
    }

    private static DiffAlgorithm bounded() {
        HistogramDiff histogram = new HistogramDiff();
        histogram.setFallbackAlgorithm(new LowLevelDiffAlgorithm() {
            @Override
            public <S extends Sequence> void diffNonCommon(
                    EditList edits,
                    HashedSequenceComparator<S> cmp,
                    HashedSequence<S> a,
                    HashedSequence<S> b,
                    Edit region) {
                if (region.getLengthA() + region.getLengthB() > MAX_COMPARED) {
                    edits.add(new Edit(region.getBeginA(), region.getEndA(), region.getBeginB(), region.getEndB()));
                } else {
                    ((LowLevelDiffAlgorithm) MyersDiff.INSTANCE).diffNonCommon(edits, cmp, a, b, region);
                }
            }
        });
        return histogram;
    }
}
