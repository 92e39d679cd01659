package org.statcommons.meetings;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Candidate times as the organiser types them, one per line in their own zone ("2026-12-01 14:00"), or as
 * instants with an offset from the API ("2026-12-01T13:00:00Z"), checked: at least one, at most
 * {@link #MAX}, none in the past, none that does not exist locally (the hour skipped when clocks go
 * forward), and no two that overlap for the meeting's duration.
 */
final class CandidateTimes {

    static final int MAX = 200;

    private CandidateTimes() {}

    static List<Instant> parse(
            TextInput input, String field, List<String> typed, ZoneId zone, Duration duration, Instant now) {
        List<Instant> times = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            for (String line : (value == null ? "" : value).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        if (lines.isEmpty()) {
            input.error(field, Text.of("meetings.candidates.none"));
            return times;
        }
        if (lines.size() > MAX) {
            input.error(field, Text.of("meetings.candidates.too-many", MAX, lines.size()));
            return times;
        }
        for (String line : lines) {
            Instant time = parseOne(input, field, line, zone);
            if (time == null) {
                continue;
            }
            if (!time.isAfter(now)) {
                input.error(field, Text.of("meetings.candidates.past", line));
                continue;
            }
            times.add(time);
        }
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            Instant previous = sorted.get(i - 1);
            if (sorted.get(i).isBefore(previous.plus(duration))) {
                input.error(
                        field,
                        Text.of(
                                "meetings.candidates.overlap",
                                MeetingTimes.input(previous, zone),
                                MeetingTimes.input(sorted.get(i), zone),
                                duration.toMinutes()));
            }
        }
        return sorted;
    }

    private static Instant parseOne(TextInput input, String field, String line, ZoneId zone) {
        try {
            return OffsetDateTime.parse(line).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // typed in the organiser's zone
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(line.replace(' ', 'T').replaceAll("T+", "T"));
        } catch (DateTimeParseException e) {
            input.error(field, Text.of("meetings.candidates.not-a-time", line));
            return null;
        }
        try {
            ZonedDateTime zoned = ZonedDateTime.ofStrict(local, zone.getRules().getOffset(local), zone);
            return zoned.toInstant();
        } catch (DateTimeException gap) {
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                input.error(field, Text.of("meetings.candidates.skipped", line, zone.getId()));
                return null;
            }
            return local.atZone(zone).toInstant();
        }
    }
}
