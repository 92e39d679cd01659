package org.statcommons.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;
import org.statcommons.platform.InvalidInputException;

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
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + value);
        }
    }

    /** Checks a typed path (NFC-normalised) or throws {@link InvalidInputException} for the field. */
    public static SpacePath parse(String field, String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return new SpacePath(text);
    }

    /** Like {@link #parse} but also requires a Markdown page ({@code .md}). */
    public static SpacePath page(String field, String typed) {
        SpacePath path = parse(field, typed);
        if (!path.isPage()) {
            throw new InvalidInputException(field, "A page's path ends in " + PAGE_SUFFIX + ".");
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

    private static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "A path is required";
        }
        if (text.length() > MAX_LENGTH) {
            return "The path is too long (at most " + MAX_LENGTH + " characters)";
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            return "The path contains control characters";
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return "The path is not in normal form (NFC)";
        }
        if (text.startsWith("/") || text.contains("\\") || text.contains(":")) {
            return "The path must be relative, with '/' between folders";
        }
        String[] segments = text.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return "The path is too deep (at most " + MAX_DEPTH + " levels)";
        }
        for (String segment : segments) {
            String problem = segmentProblem(segment);
            if (problem != null) {
                return problem;
            }
        }
        try {
            GIT_RULES.checkPath(text);
        } catch (CorruptObjectException e) {
            return "The path is not allowed in a Git repository";
        }
        return null;
    }

    private static String segmentProblem(String segment) {
        if (segment.isEmpty()) {
            return "The path has an empty folder name";
        }
        if (segment.equals(".") || segment.equals("..")) {
            return "The path may not use '.' or '..'";
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            return "A name in the path is too long (at most " + MAX_SEGMENT_LENGTH + " characters)";
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.equals(".git") || lower.startsWith(".git") || lower.startsWith("git~")) {
            return "The path may not name Git's own files";
        }
        if (!SEGMENT.matcher(segment).matches()) {
            return "Use letters, digits, '-', '_' and '.' in paths, starting with a letter or digit";
        }
        if (segment.endsWith(".")) {
            return "A name in the path may not end with '.'";
        }
        return null;
    }
}
