package org.statcommons.platform.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line differences between two texts (java-diff-utils, Myers), and within each pair of changed lines the
 * word differences, so that a one-word fix in a long paragraph shows as one word. Pages, proposals and the code
 * of conduct compare their versions with it; each shows the result its own way.
 */
public final class WordDiff {

    /** Words (letters, marks, digits), runs of spaces, or single other characters such as punctuation. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    /**
     * The most lines (or words of one line) that differ, after the common start and end are set aside, that Myers'
     * algorithm compares: its time grows with their number times the differences, so two unrelated megabyte
     * versions would take minutes. Beyond it the differing middle is shown as replaced whole.
     */
    public static final int MAX_COMPARED = 5_000;

    public enum Kind {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One line of the comparison. The same lines serve an inline view (old spans, then new spans) and a
     * side-by-side view (old spans left, new spans right). Line numbers count from 1; 0 means "no such line on this
     * side".
     */
    public record Line(Kind kind, int oldNumber, int newNumber, List<Span> oldSpans, List<Span> newSpans) {}

    /** A piece of a line; {@code changed} marks the words that differ between the two versions. */
    public record Span(String text, boolean changed) {}

    /** A piece of a changed line read as one run: {@code kind} is {@code same}, {@code removed} or {@code added}. */
    public record Piece(String kind, String text) {}

    /** Consecutive changed lines, each a run of pieces. */
    public record Passage(List<List<Piece>> lines) {}

    private WordDiff() {}

    /**
     * One difference: where it starts on each side, what it removes and what it adds; {@code compared} when
     * Myers found it (its removed and added lines correspond), not when a middle beyond the bound was replaced whole.
     */
    private record Change<T>(int oldAt, List<T> removed, int newAt, List<T> added, boolean compared) {}

    public static List<Line> lines(String oldText, String newText) {
        List<String> before = split(oldText);
        List<String> after = split(newText);
        List<Line> lines = new ArrayList<>();
        int oldLine = 0;
        int newLine = 0;
        for (Change<String> change : changes(before, after)) {
            while (oldLine < change.oldAt()) {
                lines.add(same(before.get(oldLine), ++oldLine, ++newLine));
            }
            List<String> removed = change.removed();
            List<String> added = change.added();
            int paired = change.compared() ? Math.min(removed.size(), added.size()) : 0;
            for (int i = 0; i < paired; i++) {
                lines.add(changed(removed.get(i), added.get(i), ++oldLine, ++newLine));
            }
            for (int i = paired; i < removed.size(); i++) {
                lines.add(new Line(Kind.REMOVED, ++oldLine, 0, whole(removed.get(i)), List.of()));
            }
            for (int i = paired; i < added.size(); i++) {
                lines.add(new Line(Kind.ADDED, 0, ++newLine, List.of(), whole(added.get(i))));
            }
        }
        while (oldLine < before.size()) {
            lines.add(same(before.get(oldLine), ++oldLine, ++newLine));
        }
        return lines;
    }

    /** The changed lines of a comparison as passages: runs of consecutive changed lines, each read as one run. */
    public static List<Passage> passages(List<Line> lines) {
        List<Passage> passages = new ArrayList<>();
        List<List<Piece>> current = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind() == Kind.SAME) {
                if (!current.isEmpty()) {
                    passages.add(new Passage(List.copyOf(current)));
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(pieces(line.kind(), line.oldSpans(), line.newSpans()));
        }
        if (!current.isEmpty()) {
            passages.add(new Passage(List.copyOf(current)));
        }
        return passages;
    }

    /**
     * One changed line as a single run: words kept once, removed words then added words where they differ. The
     * kept text is the same on both sides, though cut into spans differently, so it is matched by length.
     */
    public static List<Piece> pieces(Kind kind, List<Span> old, List<Span> added) {
        List<Piece> pieces = new ArrayList<>();
        if (kind == Kind.ADDED) {
            pieces.add(new Piece("added", text(added)));
            return pieces;
        }
        if (kind == Kind.REMOVED) {
            pieces.add(new Piece("removed", text(old)));
            return pieces;
        }
        int i = 0;
        int j = 0;
        String keptOld = "";
        String keptNew = "";
        while (true) {
            if (keptOld.isEmpty() && i < old.size()) {
                Span span = old.get(i++);
                if (span.changed()) {
                    pieces.add(new Piece("removed", span.text()));
                    continue;
                }
                keptOld = span.text();
            }
            if (keptNew.isEmpty() && j < added.size()) {
                Span span = added.get(j++);
                if (span.changed()) {
                    pieces.add(new Piece("added", span.text()));
                    continue;
                }
                keptNew = span.text();
            }
            if (keptOld.isEmpty() && keptNew.isEmpty()) {
                if (i >= old.size() && j >= added.size()) {
                    return pieces;
                }
                continue;
            }
            if (keptOld.isEmpty() || keptNew.isEmpty()) {
                // the kept text did not line up (it always should): show what is left as it is
                pieces.add(new Piece("same", keptOld + keptNew));
                keptOld = "";
                keptNew = "";
                continue;
            }
            int length = Math.min(keptOld.length(), keptNew.length());
            pieces.add(new Piece("same", keptNew.substring(0, length)));
            keptOld = keptOld.substring(length);
            keptNew = keptNew.substring(length);
        }
    }

    /** The spans' text joined. */
    public static String text(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    private static Line same(String text, int oldNumber, int newNumber) {
        List<Span> spans = List.of(new Span(text, false));
        return new Line(Kind.SAME, oldNumber, newNumber, spans, spans);
    }

    private static Line changed(String oldText, String newText, int oldNumber, int newNumber) {
        List<String> before = tokens(oldText);
        List<String> after = tokens(newText);
        List<Span> oldSpans = new ArrayList<>();
        List<Span> newSpans = new ArrayList<>();
        int oldToken = 0;
        int newToken = 0;
        for (Change<String> change : changes(before, after)) {
            append(oldSpans, String.join("", before.subList(oldToken, change.oldAt())), false);
            append(newSpans, String.join("", after.subList(newToken, change.newAt())), false);
            append(oldSpans, String.join("", change.removed()), true);
            append(newSpans, String.join("", change.added()), true);
            oldToken = change.oldAt() + change.removed().size();
            newToken = change.newAt() + change.added().size();
        }
        append(oldSpans, String.join("", before.subList(oldToken, before.size())), false);
        append(newSpans, String.join("", after.subList(newToken, after.size())), false);
        return new Line(Kind.CHANGED, oldNumber, newNumber, List.copyOf(oldSpans), List.copyOf(newSpans));
    }

    /** The differences, compared only between the common start and end, and within {@link #MAX_COMPARED}. */
    private static <T> List<Change<T>> changes(List<T> before, List<T> after) {
        int start = 0;
        while (start < before.size()
                && start < after.size()
                && before.get(start).equals(after.get(start))) {
            start++;
        }
        int end = 0;
        while (end < before.size() - start
                && end < after.size() - start
                && before.get(before.size() - 1 - end).equals(after.get(after.size() - 1 - end))) {
            end++;
        }
        List<T> oldMiddle = before.subList(start, before.size() - end);
        List<T> newMiddle = after.subList(start, after.size() - end);
        if (oldMiddle.isEmpty() && newMiddle.isEmpty()) {
            return List.of();
        }
        if (oldMiddle.size() + newMiddle.size() > MAX_COMPARED) {
            return List.of(new Change<>(start, oldMiddle, start, newMiddle, false));
        }
        List<Change<T>> changes = new ArrayList<>();
        for (AbstractDelta<T> delta : DiffUtils.diff(oldMiddle, newMiddle).getDeltas()) {
            changes.add(new Change<>(
                    start + delta.getSource().getPosition(),
                    delta.getSource().getLines(),
                    start + delta.getTarget().getPosition(),
                    delta.getTarget().getLines(),
                    true));
        }
        return changes;
    }

    /** Adds a span, joining it to the previous one when both are marked the same way. */
    private static void append(List<Span> spans, String text, boolean changed) {
        if (text.isEmpty()) {
            return;
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).changed() == changed) {
            spans.set(last, new Span(spans.get(last).text() + text, changed));
        } else {
            spans.add(new Span(text, changed));
        }
    }

    private static List<Span> whole(String text) {
        return List.of(new Span(text, true));
    }

    private static List<String> split(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
