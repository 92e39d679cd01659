package org.statcommons.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of a meeting: one for a single meeting, or the series its RRULE describes, expanded by
 * ical4j in the organiser's zone (so a 15:00 meeting stays at 15:00 local time across a daylight-saving
 * change, and "monthly on the 31st" skips months without one, as RFC 5545 says), with its exceptions
 * applied: skipped occurrences left out, moved ones at their new time.
 */
final class Occurrences {

    private Occurrences() {}

    /**
     * One occurrence. {@code originalStart} names it (the RECURRENCE-ID); {@code start} is when it takes
     * place; {@code skipped} ones are listed for organisers only.
     */
    record Occurrence(Instant originalStart, Instant start, Instant end, boolean moved, boolean skipped) {}

    /** The series' own dates, before exceptions. */
    static List<Instant> dates(Instant first, ZoneId zone, String rule) {
        if (rule == null) {
            return List.of(first);
        }
        ZonedDateTime seed = first.atZone(zone);
        Recur<ZonedDateTime> recur = new Recur<>(rule);
        // COUNT bounds every series StatCommons writes; the window only has to be wide enough
        ZonedDateTime until = seed.plusYears(12);
        List<Instant> dates = new ArrayList<>();
        for (ZonedDateTime date : recur.getDates(seed, seed, until)) {
            dates.add(date.toInstant());
        }
        return dates;
    }

    /** Every occurrence, exceptions applied, in the order of the series (skipped ones included, marked). */
    static List<Occurrence> of(
            Instant first, ZoneId zone, String rule, Duration duration, Map<Instant, Instant> exceptions) {
        List<Occurrence> all = new ArrayList<>();
        for (Instant original : dates(first, zone, rule)) {
            if (exceptions.containsKey(original)) {
                Instant moved = exceptions.get(original);
                all.add(
                        moved == null
                                ? new Occurrence(original, original, original.plus(duration), false, true)
                                : new Occurrence(original, moved, moved.plus(duration), true, false));
            } else {
                all.add(new Occurrence(original, original, original.plus(duration), false, false));
            }
        }
        return all;
    }
}
