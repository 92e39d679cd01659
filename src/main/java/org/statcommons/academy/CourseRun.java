package org.statcommons.academy;

import java.time.LocalDate;
import java.util.List;

/**
 * A run of a course (a cohort): its title, first and last day, its cap on participants (null: none), its instructors,
 * participants and sessions (meetings' ids).
 */
record CourseRun(
        long id,
        long courseId,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer cap,
        List<Long> instructors,
        List<Long> participants,
        List<Long> sessions) {

    public boolean full() {
        return cap != null && participants.size() >= cap;
    }
}
