package org.statcommons.academy;

import java.util.List;

/**
 * One episode of a course, {@code episodes/NN-name.md}: its address ({@code name}, the file's name without
 * {@code .md}), what its front matter says and its body rendered for learners (instructor notes left out) and for
 * instructors (notes shown).
 */
record Episode(
        String name,
        String file,
        String title,
        int teachingMinutes,
        int exerciseMinutes,
        List<String> questions,
        List<String> objectives,
        List<String> keyPoints,
        String learnerHtml,
        String instructorHtml) {

    public int minutes() {
        return teachingMinutes + exerciseMinutes;
    }
}
