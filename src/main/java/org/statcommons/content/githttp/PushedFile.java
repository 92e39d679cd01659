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
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;

/**
 * The checks a pushed file passes, the same the web applies: a path by {@link SpacePath}'s rules, a plain
 * file (no symbolic links or submodules), within the size limits; pages UTF-8 text whose front matter (if
 * any) is closed and made of {@code key: value} lines with a sensible title, and whose Markdown can be shown
 * formatted (within {@link Markdown}'s bounds: nesting, table cells, repeated addresses); every other file a
 * kind that {@link FileType}'s policy accepts, under a name that fits it (as for an upload). A course's file saved in
 * the browser passes the same ({@code content.SaveCourseFile}).
 */
public final class PushedFile {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}\\s*:.*");

    private PushedFile() {}

    /**
     * Why the file cannot be in the space, or null; put in the pusher's language by {@link PushChecker}.
     * {@code content} is read only when the path and size pass.
     */
    public static Text problem(
            String path, FileMode mode, long size, ContentProperties limits, Markdown markdown, ContentSource content) {
        Text pathProblem = SpacePath.problem(path);
        if (pathProblem != null) {
            return pathProblem;
        }
        SpacePath checked = new SpacePath(path);
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
            return Text.of("content.push.not-plain");
        }
        long limit = limits.limitFor(checked);
        if (size > limit) {
            return Text.of(
                    "content.push.too-large",
                    ByteSize.of(size),
                    ByteSize.of(limit),
                    checked.isPage() ? "page" : "file");
        }
        if (!checked.isPage()) {
            try {
                FileType.of("file", checked.value(), content.bytes());
                return null;
            } catch (InvalidInputException e) {
                return text(e);
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
            return Text.of("content.push.not-utf8");
        }
        Text frontMatter = frontMatterProblem(text);
        if (frontMatter != null) {
            return frontMatter;
        }
        return markdown.problem(PageFile.parse(text).body())
                .map(reason -> Text.of("content.push.not-formatted", reason))
                .orElse(null);
    }

    /** A page's front matter: absent, or {@code ---}, {@code key: value} lines, {@code ---}. */
    static Text frontMatterProblem(String text) {
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
                return Text.of("content.push.front-matter.line", i + 1);
            }
            if (line.startsWith("title:") && line.substring(6).strip().length() > SavePage.MAX_TITLE_LENGTH) {
                return Text.of("content.push.front-matter.title", SavePage.MAX_TITLE_LENGTH);
            }
            if (line.codePoints().anyMatch(cp -> cp != '\t' && Character.isISOControl(cp))) {
                return Text.of("content.push.front-matter.control", i + 1);
            }
        }
        return Text.of("content.push.front-matter.open");
    }

    /** The refusal the web would show for this field, in the bundles' words when it has them. */
    private static Text text(InvalidInputException e) {
        InvalidInputException.FieldMessage first = e.errors().get(0);
        return first.text() != null ? first.text() : Text.of("content.push.as-written", first.message());
    }

    /** Reads a page's bytes only when needed. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] bytes();
    }
}
