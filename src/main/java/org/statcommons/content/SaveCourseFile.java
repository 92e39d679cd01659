package org.statcommons.content;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.springframework.stereotype.Service;
import org.statcommons.content.githttp.PushedFile;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;

/**
 * Saves one Markdown file of a course (an episode, its front matter included) as one commit on the course's main, as
 * a push of that file would: the same checks as a push's ({@link PushedFile}: path, size, UTF-8, front matter,
 * Markdown that can be formatted), and, when main moved since the person started, the same three-way merge as a page
 * save ({@link SavePage#plan}); a real conflict saves nothing. Who may write the course is the academy's to ask first.
 */
@Service
public class SaveCourseFile {

    private final SpaceWriter writer;
    private final ContentProperties properties;
    private final Markdown markdown;

    SaveCourseFile(SpaceWriter writer, ContentProperties properties, Markdown markdown) {
        this.writer = writer;
        this.properties = properties;
        this.markdown = markdown;
    }

    /**
     * @param field      the form's field the text came from, named by a refusal
     * @param baseCommit the commit of main the person started from
     */
    public SaveResult save(
            long courseId, String path, String field, String text, String baseCommit, Author author, String message) {
        SpacePath checked = SpacePath.page("path", path);
        if (baseCommit == null || !ObjectId.isId(baseCommit.strip())) {
            throw new InvalidInputException("baseCommit", Text.of("content.not-a-version"));
        }
        String normalised = text.replace("\r\n", "\n");
        // a text box drops the file's last line end; a clone's diff would show its absence
        byte[] bytes = (normalised.endsWith("\n") ? normalised : normalised + "\n").getBytes(StandardCharsets.UTF_8);
        Text problem = PushedFile.problem(
                checked.value(), FileMode.REGULAR_FILE, bytes.length, properties, markdown, () -> bytes);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        String base = baseCommit.strip();
        return writer.writePlannedAhead(
                CourseSpace.keyOf(courseId),
                author,
                message,
                checked,
                snapshot -> SavePage.plan(snapshot, snapshot.head(), checked, base, bytes));
    }
}
