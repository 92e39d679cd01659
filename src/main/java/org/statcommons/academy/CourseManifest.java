package org.statcommons.academy;

import java.util.List;

/**
 * What {@code course.yml} says of a course. {@code durationMinutes} is the manifest's own figure, or the sum of the
 * episodes' teaching and exercise minutes when it gives none; {@code framework} holds the capability framework items
 * (GSBPM sub-processes, …) the course teaches, each with the level it teaches them to when it says one.
 */
record CourseManifest(
        String title,
        String summary,
        String audience,
        Level level,
        String language,
        String licence,
        List<String> authors,
        List<String> contributors,
        Integer durationMinutes,
        List<String> prerequisites,
        List<Tag> framework) {

    /**
     * A capability framework item the course is tagged with ({@code GSBPM-5.1}, or {@code {item: GSBPM-5.1, level:
     * practitioner}}): its code, the level (null when not said) and the line of {@code course.yml} it is on.
     */
    record Tag(
            String item,
            String level,
            @com.fasterxml.jackson.annotation.JsonIgnore int line) {}

    /** How much a learner is expected to know already. */
    enum Level {
        BEGINNER,
        INTERMEDIATE,
        ADVANCED
    }
}
