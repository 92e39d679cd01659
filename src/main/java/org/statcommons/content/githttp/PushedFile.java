package org.statcommons.content.githttp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.FileMode;
import org.statcommons.content.SavePage;
import org.statcommons.content.SpacePath;
import org.statcommons.content.attachments.FileType;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.PageFile;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/**
 * The checks a pushed file passes, the same the web applies: a path by {@link SpacePath}'s rules, a plain
 * file (no symbolic links or submodules), within the size limits; pages UTF-8 text whose front matter (if
 * any) is closed and made of {@code key: value} lines with a sensible title, and whose Markdown can be shown
 * formatted (within {@link Markdown}'s bounds: nesting, table cells, repeated addresses); every other file a
 * kind that {@link FileType}'s policy accepts, under a name that fits it (as for an upload).
 */
final class PushedFile {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}\\s*:.*");

    private PushedFile() {}

    /** Why the file cannot be in the space, or null. {@code content} is read only when the path and size pass. */
    static String problem(
            String path, FileMode mode, long size, ContentProperties limits, Markdown markdown, ContentSource content) {
        SpacePath checked;
        try {
            checked = new SpacePath(path);
        } catch (IllegalArgumentException e) {
            // the message is "<problem>: <path>"; the path is named by the caller
            return e.getMessage().substring(0, Math.max(0, e.getMessage().length() - path.length() - 2));
        }
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
            return "only plain files can be stored (no symbolic links or submodules)";
        }
        long limit = limits.limitFor(checked);
        if (size > limit) {
            return "too large: " + size + " bytes, at most " + limit + " for "
                    + (checked.isPage() ? "a page" : "a file");
        }
        if (!checked.isPage()) {
            try {
                FileType.of("file", checked.value(), content.bytes());
                return null;
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return "a page must be UTF-8 text";
        }
        String frontMatter = frontMatterProblem(text);
        if (frontMatter != null) {
            return frontMatter;
        }
        return markdown.problem(PageFile.parse(text).body())
                .map(reason -> "the page cannot be shown formatted: " + reason)
                .orElse(null);
    }

    /** A page's front matter: absent, or {@code ---}, {@code key: value} lines, {@code ---}. */
    static String frontMatterProblem(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return null;
        }
        String[] lines = normalised.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("---")) {
                return null;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!FIELD.matcher(line).matches()) {
                return "front matter line " + (i + 1)
                        + " is not 'key: value' (close the front matter with a line '---')";
            }
            if (line.startsWith("title:") && line.substring(6).strip().length() > SavePage.MAX_TITLE_LENGTH) {
                return "the title is too long (at most " + SavePage.MAX_TITLE_LENGTH + " characters)";
            }
            if (line.codePoints().anyMatch(cp -> cp != '\t' && Character.isISOControl(cp))) {
                return "front matter line " + (i + 1) + " contains control characters";
            }
        }
        return "the front matter is not closed: add a line '---' after it";
    }

    /** Reads a page's bytes only when needed. */
    @FunctionalInterface
    interface ContentSource {
        byte[] bytes();
    }
}
