package org.statcommons.academy;

/**
 * A learning path as typed: its title, for whom, and its courses one per line, each by its address: {@code
 * community/course}, {@code /c/community/courses/course} or the course's full link.
 */
record NewLearningPath(String title, String audience, String courses) {

    static NewLearningPath blank() {
        return new NewLearningPath("", "", "");
    }
}
