package org.statcommons.academy;

import java.util.List;

/**
 * What {@code course.yml} says of a course. {@code durationMinutes} is the manifest's own figure, or the sum of the
 * episodes' teaching and exercise minutes when it gives none; {@code framework} holds the codes of capability
 * framework items (GSBPM sub-processes, …) that a later catalogue facet and gap analysis read.
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
        List<String> framework) {

    /** How much a learner is expected to know already. */
    enum Level {
        BEGINNER,
        INTERMEDIATE,
        ADVANCED
    }
}
