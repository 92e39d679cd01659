package org.statcommons.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The path of a file in a space, such as {@code guidelines/data-integration.md}: relative, segments of
 * letters, digits, '-', '_' and '.', never hidden, never {@code .git} nor anything Git or Windows would
 * treat specially. The same rules will check pushed content, so a path accepted here is safe everywhere:
 * in a URL, in a clone on any operating system, on a command line.
 */
public record SpacePath(String value) {

    public static final int MAX_LENGTH = 250;
    public static final int MAX_SEGMENT_LENGTH = 100;
    public static final int MAX_DEPTH = 8;
    public static final String PAGE_SUFFIX = ".md";

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{M}\\p{N}_][\\p{L}\\p{M}\\p{N}._-]*");
    private static final ObjectChecker GIT_RULES =
            new ObjectChecker().setSafeForWindows(true).setSafeForMacOS(true);

    public SpacePath {
        Text problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem.english() + ": " + value);
        }
    }

    /** Checks a typed path (NFC-normalised) or throws {@link InvalidInputException} for the field. */
    public static SpacePath parse(String field, String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        Text problem = problem(text);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return new SpacePath(text);
    }

    /** Like {@link #parse} but also requires a Markdown page ({@code .md}). */
    public static SpacePath page(String field, String typed) {
        SpacePath path = parse(field, typed);
        if (!path.isPage()) {
            throw new InvalidInputException(field, Text.of("content.path.not-a-page", PAGE_SUFFIX));
        }
        return path;
    }

    /** Whether this text, as typed, is a page's path that {@link #page} accepts. */
    public static boolean validPage(String typed) {
        try {
            page("path", typed);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    public boolean isPage() {
        return value.endsWith(PAGE_SUFFIX)
                && value.length() > PAGE_SUFFIX.length()
                && !value.endsWith("/" + PAGE_SUFFIX);
    }

    /** The last segment without {@code .md}: the title of a page that has none. */
    public String name() {
        String last = value.substring(value.lastIndexOf('/') + 1);
        return last.endsWith(PAGE_SUFFIX) ? last.substring(0, last.length() - PAGE_SUFFIX.length()) : last;
    }

    @Override
    public String toString() {
        return value;
    }

    /** What is wrong with a path exactly as given (a pushed file's), in the bundles' words (null when nothing is). */
    public static Text problem(String text) {
        if (text == null || text.isEmpty()) {
            return Text.of("content.path.required");
        }
        if (text.length() > MAX_LENGTH) {
            return Text.of("content.path.too-long", MAX_LENGTH);
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            return Text.of("content.path.control");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return Text.of("content.path.not-nfc");
        }
        if (text.startsWith("/") || text.contains("\\") || text.contains(":")) {
            return Text.of("content.path.relative");
        }
        String[] segments = text.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return Text.of("content.path.too-deep", MAX_DEPTH);
        }
        for (String segment : segments) {
            Text problem = segmentProblem(segment);
            if (problem != null) {
                return problem;
            }
        }
        try {
            GIT_RULES.checkPath(text);
        } catch (CorruptObjectException e) {
            return Text.of("content.path.git");
        }
        return null;
    }

    private static Text segmentProblem(String segment) {
        if (segment.isEmpty()) {
            return Text.of("content.path.empty-name");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return Text.of("content.path.dots");
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            return Text.of("content.path.name-too-long", MAX_SEGMENT_LENGTH);
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.equals(".git") || lower.startsWith(".git") || lower.startsWith("git~")) {
            return Text.of("content.path.git-files");
        }
        if (!SEGMENT.matcher(segment).matches()) {
            return Text.of("content.path.letters");
        }
        if (segment.endsWith(".")) {
            return Text.of("content.path.ends-with-dot");
        }
        return null;
    }
}
