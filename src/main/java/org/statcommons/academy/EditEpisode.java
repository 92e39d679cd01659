package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.SaveCourseFile;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Saves an episode's file edited in the browser, by those who write the course ({@link Action#EDIT_COURSES}): one
 * commit on its main, checked as a push of the file is. What a translator or an author changes without Git (a
 * translation of an episode, a fix); a change of the same lines by someone else meanwhile saves nothing and says so.
 */
@Service
class EditEpisode {

    static final int MAX_SUMMARY_LENGTH = 200;

    private final CourseAccess access;
    private final CourseReader reader;
    private final SaveCourseFile saveCourseFile;

    EditEpisode(CourseAccess access, CourseReader reader, SaveCourseFile saveCourseFile) {
        this.access = access;
        this.reader = reader;
        this.saveCourseFile = saveCourseFile;
    }

    @Transactional
    void edit(
            Actor actor,
            Community community,
            String courseName,
            String episodeName,
            EpisodeChange change,
            Author author) {
        Course course = access.readable(actor, community, courseName);
        if (!access.mayWrite(actor, course)) {
            throw new NotAllowedException(Action.EDIT_COURSES, actor.signedIn());
        }
        Episode episode = reader.read(course)
                .episode(episodeName)
                .orElseThrow(() -> new NotFoundException(Text.of("academy.episode.none")));
        TextInput input = new TextInput();
        String summary =
                input.line("summary", Text.of("academy.edit.summary"), change.summary(), MAX_SUMMARY_LENGTH, false);
        String text = input.block("text", Text.of("academy.edit.text"), change.text(), Integer.MAX_VALUE, true);
        input.throwIfInvalid();
        String message = summary.isEmpty() ? "Edit " + episode.file() : summary;
        SaveResult saved =
                saveCourseFile.save(course.id(), episode.file(), "text", text, change.baseCommit(), author, message);
        if (saved instanceof SaveResult.Conflicted) {
            throw new ConflictException(Text.of("academy.edit.conflict"));
        }
    }
}
