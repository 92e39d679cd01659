package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a meeting's time is typed in its forms; times are shown by {@code platform.TimePresenter}. */
final class MeetingTimes {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private MeetingTimes() {}

    /** How a candidate is typed in the form: "2026-12-01 14:00" in the organiser's zone. */
    static String input(Instant instant, ZoneId zone) {
        return INPUT.format(instant.atZone(zone));
    }
}
