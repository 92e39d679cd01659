package org.statcommons.academy;

/**
 * A run of a course as typed: its title, first and last day (year-month-day), the cap on participants (blank: none)
 * and its instructors, one member's name or e-mail address per line.
 */
record NewCourseRun(String title, String startsOn, String endsOn, String cap, String instructors) {

    static NewCourseRun blank() {
        return new NewCourseRun("", "", "", "", "");
    }
}
