package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them: in a given zone, with the zone's name and offset, so nobody has to convert. */
final class MeetingTimes {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private MeetingTimes() {}

    /** "Tue 1 Dec 2026, 14:00 (Europe/Paris, UTC+01:00)". */
    static String full(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return LONG.format(local) + " (" + zone.getId() + ", UTC"
                + offset(local.getOffset().getId()) + ")";
    }

    /** "Tue 14:00–15:30" in the zone; the end with its weekday too when it falls on another day ("Tue 23:00–Wed 00:30"). */
    static String local(Instant start, Instant end, ZoneId zone) {
        var s = start.atZone(zone);
        var e = end.atZone(zone);
        String to = s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : DAY_TIME.format(e);
        return DAY_TIME.format(s) + "–" + to;
    }

    /** How a candidate is typed in the form: "2026-12-01 14:00" in the organiser's zone. */
    static String input(Instant instant, ZoneId zone) {
        return INPUT.format(instant.atZone(zone));
    }

    private static String offset(String id) {
        return "Z".equals(id) ? "+00:00" : id;
    }
}
