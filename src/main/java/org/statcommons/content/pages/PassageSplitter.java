package org.statcommons.content.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;
import org.statcommons.content.space.PageMerge;

/**
 * Splits three versions of a page's text (where the person started, their text, the page now) into passages as the
 * conflict screen shows them: the passages both sides agree on, and each conflicting passage with the person's
 * version and the other one. The same line merge as a save ({@link PageMerge#lines}, with its bound), so the screen
 * shows exactly the conflicts the save found, and splitting again on submit gives the same passages.
 */
final class PassageSplitter {

    /** A passage: {@code common} text, or (when {@code common} is null) a conflict with both versions. */
    record Passage(String common, String mine, String theirs) {
        boolean conflict() {
            return common == null;
        }
    }

    /** What the person keeps of one conflicting passage. */
    enum Keep {
        MINE,
        THEIRS,
        EDITED
    }

    /** The person's choice for one conflicting passage; {@code edited} is their own text for {@link Keep#EDITED}. */
    record Choice(Keep keep, String edited) {}

    private PassageSplitter() {}

    static List<Passage> split(String base, String mine, String theirs) {
        RawText baseText = raw(base);
        RawText mineText = raw(mine);
        RawText theirsText = raw(theirs);
        MergeResult<RawText> result = PageMerge.lines(baseText, mineText, theirsText);
        List<List<String>> sequences = List.of(lineList(base), lineList(mine), lineList(theirs));
        List<Passage> passages = new ArrayList<>();
        StringBuilder common = new StringBuilder();
        String mineSide = null;
        String theirsSide = null;
        for (MergeChunk chunk : result) {
            String text = slice(sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    if (mineSide != null) {
                        passages.add(new Passage(null, mineSide, theirsSide));
                        mineSide = null;
                        theirsSide = null;
                    }
                    common.append(text);
                }
                case FIRST_CONFLICTING_RANGE -> {
                    if (mineSide != null) {
                        passages.add(new Passage(null, mineSide, theirsSide));
                    }
                    if (!common.isEmpty()) {
                        passages.add(new Passage(common.toString(), null, null));
                        common.setLength(0);
                    }
                    mineSide = chunk.getSequenceIndex() == 1 ? text : "";
                    theirsSide = chunk.getSequenceIndex() == 2 ? text : "";
                }
                case NEXT_CONFLICTING_RANGE -> {
                    if (chunk.getSequenceIndex() == 2) {
                        theirsSide = text;
                    } else if (chunk.getSequenceIndex() == 1) {
                        mineSide = text;
                    }
                }
                default -> {
                    // the base's version of a conflict is not shown: people choose between the two new ones
                }
            }
        }
        if (mineSide != null) {
            passages.add(new Passage(null, mineSide, theirsSide));
        }
        if (!common.isEmpty()) {
            passages.add(new Passage(common.toString(), null, null));
        }
        return List.copyOf(passages);
    }

    /**
     * The text the person keeps: the common passages, and for each conflict (in order) what they chose. A missing
     * choice keeps their own version, as the screen preselects it.
     */
    static String resolve(List<Passage> passages, List<Choice> choices) {
        StringBuilder text = new StringBuilder();
        int conflict = 0;
        for (Passage passage : passages) {
            if (!passage.conflict()) {
                text.append(passage.common());
                continue;
            }
            Choice choice = conflict < choices.size() ? choices.get(conflict) : null;
            conflict++;
            String kept = switch (choice == null ? Keep.MINE : choice.keep()) {
                case MINE -> passage.mine();
                case THEIRS -> passage.theirs();
                case EDITED -> lines(choice.edited());
            };
            text.append(kept);
        }
        return text.toString();
    }

    /** How many conflicting passages there are. */
    static int conflicts(List<Passage> passages) {
        return (int) passages.stream().filter(Passage::conflict).count();
    }

    /** Text typed in a form (CR LF line ends) as stored, ending a passage with a line end so the next one starts on its own line. */
    private static String lines(String typed) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * The lines of a text with their line ends, the last one without if it has none, numbered as {@code RawText}
     * numbers them. Read here rather than with {@code RawText.getString}, which fails (IndexOutOfBoundsException)
     * on a range JGit's merge gives past a last line without line end ("c\\nc\\nb" against "b").
     */
    private static List<String> lineList(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String slice(List<String> lines, int begin, int end) {
        int to = Math.min(end, lines.size());
        return begin >= to ? "" : String.join("", lines.subList(begin, to));
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
