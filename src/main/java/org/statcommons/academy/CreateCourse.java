package org.statcommons.academy;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.SetUpSpace;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Creates a course (maintainers: {@link Action#MAINTAIN_COURSES}): its row, under an address made from its title, and
 * its Git repository seeded with the sample course ({@link SampleCourse}) carrying the chosen title, language and
 * licence, as one commit by its creator. The repository is written inside the row's transaction, so a failure of
 * either leaves neither (the engine moves main back when the transaction rolls back).
 */
@Service
class CreateCourse {

    static final int MAX_TITLE_LENGTH = 200;

    private final Permissions permissions;
    private final Courses courses;
    private final SetUpSpace setUp;
    private final SampleCourse sample;
    private final Clock clock;

    CreateCourse(Permissions permissions, Courses courses, SetUpSpace setUp, SampleCourse sample, Clock clock) {
        this.permissions = permissions;
        this.courses = courses;
        this.setUp = setUp;
        this.sample = sample;
        this.clock = clock;
    }

    @Transactional
    Course create(Actor actor, Community community, NewCourse course, Author author) {
        permissions.require(actor, Action.MAINTAIN_COURSES, community.id());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("academy.field.title"), course.title(), MAX_TITLE_LENGTH, true);
        String language = course.language() == null ? "" : course.language().strip();
        if (!Languages.valid(language)) {
            input.error("language", Text.of("academy.field.language.invalid"));
        }
        String licence = course.licence() == null || course.licence().isBlank()
                ? Licences.DEFAULT
                : course.licence().strip();
        if (!Licences.valid(licence)) {
            input.error("licence", Text.of("academy.field.licence.invalid"));
        }
        input.throwIfInvalid();
        String name = freeName(community.id(), name(title));
        long id = courses.add(community.id(), name, course.isOpen(), actor.accountId(), clock.instant());
        setUp.ensureCourse(id, author, "Start the course " + title, sample.files(title, language, licence));
        return courses.byId(id).orElseThrow();
    }

    /** The address a title gives: lower-case letters and digits of its Latin form, hyphens between words. */
    static String name(String title) {
        String latin = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (latin.length() > 60) {
            latin = latin.substring(0, 60).replaceAll("-+$", "");
        }
        return latin.isEmpty() ? "course" : latin;
    }

    private String freeName(long communityId, String name) {
        String candidate = name;
        for (int n = 2; courses.nameTaken(communityId, candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
