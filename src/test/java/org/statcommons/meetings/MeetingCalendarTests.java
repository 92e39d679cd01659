package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statcommons.platform.i18n.Language;

/**
 * The iCalendar StatCommons writes, read back by ical4j as a calendar program would: the same UID for the
 * whole life of a meeting, SEQUENCE growing with each change, METHOD:CANCEL, and DTSTART resolving to the
 * right instant in zones with unusual offsets and across daylight-saving changes (series with a skipped and a
 * moved occurrence included).
 */
class MeetingCalendarTests {

    private static final String HOST = "statcommons.example.org";
    private static final MeetingCalendar.Recipient ANA =
            new MeetingCalendar.Recipient("Ana Lima", "ana@example.org", Language.ENGLISH);

    static Meeting meeting(long id, String zone, Instant start, String rule, int sequence, Meeting.Status status) {
        return new Meeting(
                id,
                1,
                null,
                "Steering committee",
                MeetingKind.FORMAL,
                "1. Welcome",
                90,
                "https://meet.example.org/x",
                "Suva, room 3",
                5,
                zone,
                false,
                status,
                start,
                rule,
                sequence,
                null,
                null,
                Instant.now(),
                null);
    }

    static MeetingCalendar.Details details(Meeting meeting, Map<Instant, Instant> exceptions) {
        return new MeetingCalendar.Details(
                meeting,
                HOST,
                "https://" + HOST + "/c/pacific/meetings/" + meeting.id(),
                new MeetingCalendar.Organiser("Fatima Facilitator", "fatima@example.org"),
                exceptions);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static Instant instant(Temporal temporal) {
        return temporal instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(temporal);
    }

    static VEvent master(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("RECURRENCE-ID").isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // zone,              local start,        the instant it is
        "Asia/Kathmandu,      2026-12-01T09:00, 2026-12-01T03:15:00Z",
        "Pacific/Chatham,     2026-12-01T09:00, 2026-11-30T19:15:00Z",
        "Pacific/Chatham,     2026-06-01T09:00, 2026-05-31T20:15:00Z",
        "Pacific/Apia,        2026-12-01T09:00, 2026-11-30T20:00:00Z",
        "Pacific/Kiritimati,  2026-12-01T09:00, 2026-11-30T19:00:00Z",
        "Europe/Paris,        2026-07-01T15:00, 2026-07-01T13:00:00Z",
        "UTC,                 2026-12-01T09:00, 2026-12-01T09:00:00Z"
    })
    void dtstartResolvesToTheRightInstantInUnusualOffsets(String zone, String local, String expected) throws Exception {
        Instant start = LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
        assertThat(start).isEqualTo(Instant.parse(expected));
        String text = MeetingCalendar.request(
                details(meeting(7, zone, start, null, 0, Meeting.Status.SCHEDULED), Map.of()), ANA);
        if (!"UTC".equals(zone)) {
            assertThat(text)
                    .contains("DTSTART;TZID=" + zone + ":"
                            + local.replace("-", "").replace(":", "") + "00")
                    .contains("BEGIN:VTIMEZONE")
                    .contains("TZID:" + zone);
        } else {
            assertThat(text).contains("DTSTART:" + expected.replace("-", "").replace(":", ""));
        }
        VEvent event = master(parse(text));
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse(expected));
        assertThat(instant(event.getDateTimeEnd().getDate()))
                .isEqualTo(Instant.parse(expected).plusSeconds(90 * 60));
    }

    @Test
    void theSameEventIsUpdatedThenCancelled() throws Exception {
        Instant start = Instant.parse("2026-12-01T03:15:00Z");
        Calendar invitation = parse(MeetingCalendar.request(
                details(meeting(7, "Asia/Kathmandu", start, null, 0, Meeting.Status.SCHEDULED), Map.of()), ANA));
        Calendar update = parse(MeetingCalendar.request(
                details(
                        meeting(7, "Asia/Kathmandu", start.plusSeconds(3600), null, 1, Meeting.Status.SCHEDULED),
                        Map.of()),
                ANA));
        Calendar cancel = parse(MeetingCalendar.cancel(
                details(
                        meeting(7, "Asia/Kathmandu", start.plusSeconds(3600), null, 2, Meeting.Status.CANCELLED),
                        Map.of()),
                ANA));
        assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        List<VEvent> events = List.of(master(invitation), master(update), master(cancel));
        assertThat(events)
                .extracting(e -> e.getProperty("UID").orElseThrow().getValue())
                .containsOnly("meeting-7@" + HOST);
        assertThat(events)
                .extracting(e ->
                        Integer.parseInt(e.getProperty("SEQUENCE").orElseThrow().getValue()))
                .containsExactly(0, 1, 2);
        assertThat(events)
                .extracting(e -> e.getProperty("STATUS").orElseThrow().getValue())
                .containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(master(invitation).getProperty("ATTENDEE").orElseThrow().getValue())
                .isEqualTo("mailto:ana@example.org");
        assertThat(master(invitation).getProperty("ORGANIZER").orElseThrow().getValue())
                .isEqualTo("mailto:fatima@example.org");
        assertThat(master(invitation)
                        .getProperty("ORGANIZER")
                        .orElseThrow()
                        .getParameter("CN")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Fatima Facilitator");
        assertThat(instant(master(update).getDateTimeStart().getDate())).isEqualTo(start.plusSeconds(3600));
        // a different meeting has a different UID
        Calendar other = parse(MeetingCalendar.request(
                details(meeting(8, "Asia/Kathmandu", start, null, 0, Meeting.Status.SCHEDULED), Map.of()), ANA));
        assertThat(master(other).getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-8@" + HOST);
    }

    @Test
    void aSeriesKeepsItsLocalTimeAcrossTheEuropeanChangeWithASkippedAndAMovedMeeting() throws Exception {
        // every two weeks from Wednesday 14 October 2026, 15:00 in Paris; clocks go back on 25 October
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant first = LocalDateTime.parse("2026-10-14T15:00").atZone(paris).toInstant();
        String rule = Repeat.EVERY_TWO_WEEKS.rule(4);
        Instant skipped = Instant.parse("2026-11-11T14:00:00Z");
        Instant movedFrom = Instant.parse("2026-11-25T14:00:00Z");
        Instant movedTo = Instant.parse("2026-11-26T09:00:00Z");
        Map<Instant, Instant> exceptions = new HashMap<>();
        exceptions.put(skipped, null);
        exceptions.put(movedFrom, movedTo);
        // StatCommons' own expansion: 13:00 UTC before the change, 14:00 UTC after
        assertThat(Occurrences.dates(first, paris, rule))
                .containsExactly(
                        Instant.parse("2026-10-14T13:00:00Z"),
                        Instant.parse("2026-10-28T14:00:00Z"),
                        skipped,
                        movedFrom);

        Calendar calendar = parse(MeetingCalendar.request(
                details(meeting(9, "Europe/Paris", first, rule, 3, Meeting.Status.SCHEDULED), exceptions), ANA));
        VEvent series = master(calendar);
        assertThat(series.getProperty("RRULE").orElseThrow().getValue())
                .contains("FREQ=WEEKLY")
                .contains("INTERVAL=2")
                .contains("COUNT=4");
        ZonedDateTime from = ZonedDateTime.parse("2026-10-01T00:00:00Z");
        List<Instant> expanded =
                series.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusMonths(3))).stream()
                        .map(p -> instant(p.getStart()))
                        .sorted()
                        .toList();
        // ical4j applies the EXDATE; the moved meeting is still in the rule's set and overridden below
        assertThat(expanded)
                .containsExactly(
                        Instant.parse("2026-10-14T13:00:00Z"), Instant.parse("2026-10-28T14:00:00Z"), movedFrom);
        VEvent override = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("RECURRENCE-ID").isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(override.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-9@" + HOST);
        assertThat(instant(override.<Temporal>getRecurrenceId().getDate())).isEqualTo(movedFrom);
        assertThat(instant(override.getDateTimeStart().getDate())).isEqualTo(movedTo);
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheChangeAndCalendarsReadTheSameDates() throws Exception {
        // every Thursday from 22 October 2026, 09:00 in Paris; clocks go back on Sunday 25 October
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant first = LocalDateTime.parse("2026-10-22T09:00").atZone(paris).toInstant();
        String rule = Repeat.WEEKLY.rule(4);
        assertThat(rule).isEqualTo("FREQ=WEEKLY;COUNT=4");
        assertThat(Repeat.of(rule)).isEqualTo(Repeat.WEEKLY);
        assertThat(Repeat.of(Repeat.EVERY_TWO_WEEKS.rule(4)))
                .as("the fortnightly rule is not read as weekly")
                .isEqualTo(Repeat.EVERY_TWO_WEEKS);
        Instant skipped = Instant.parse("2026-11-05T08:00:00Z");
        assertThat(Occurrences.dates(first, paris, rule))
                .containsExactly(
                        Instant.parse("2026-10-22T07:00:00Z"),
                        Instant.parse("2026-10-29T08:00:00Z"),
                        skipped,
                        Instant.parse("2026-11-12T08:00:00Z"));

        Map<Instant, Instant> exceptions = new HashMap<>();
        exceptions.put(skipped, null);
        VEvent series = master(parse(MeetingCalendar.publish(
                List.of(details(meeting(11, "Europe/Paris", first, rule, 1, Meeting.Status.SCHEDULED), exceptions)))));
        assertThat(series.getProperty("RRULE").orElseThrow().getValue())
                .contains("FREQ=WEEKLY")
                .contains("COUNT=4")
                .doesNotContain("INTERVAL");
        ZonedDateTime from = ZonedDateTime.parse("2026-10-01T00:00:00Z");
        List<Instant> expanded =
                series.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusMonths(3))).stream()
                        .map(p -> instant(p.getStart()))
                        .sorted()
                        .toList();
        assertThat(expanded)
                .containsExactly(
                        Instant.parse("2026-10-22T07:00:00Z"),
                        Instant.parse("2026-10-29T08:00:00Z"),
                        Instant.parse("2026-11-12T08:00:00Z"));
        assertThat(Repeat.WEEKLY.maxOccurrences())
                .as("a year of weekly meetings")
                .isEqualTo(52);
    }

    @Test
    void aMonthlySeriesCrossesTheAmericanChange() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant first = LocalDateTime.parse("2026-09-15T10:00").atZone(newYork).toInstant();
        String rule = Repeat.MONTHLY.rule(4);
        VEvent series = master(parse(MeetingCalendar.publish(List.of(
                details(meeting(10, "America/New_York", first, rule, 0, Meeting.Status.SCHEDULED), Map.of())))));
        ZonedDateTime from = ZonedDateTime.parse("2026-09-01T00:00:00Z");
        List<Instant> expanded =
                series.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusMonths(6))).stream()
                        .map(p -> instant(p.getStart()))
                        .sorted()
                        .toList();
        // 10:00 in New York: UTC−4 until 1 November, UTC−5 after
        assertThat(expanded)
                .containsExactly(
                        Instant.parse("2026-09-15T14:00:00Z"),
                        Instant.parse("2026-10-15T14:00:00Z"),
                        Instant.parse("2026-11-15T15:00:00Z"),
                        Instant.parse("2026-12-15T15:00:00Z"));
        assertThat(Occurrences.dates(first, newYork, rule)).isEqualTo(expanded);
        assertThat(series.getProperty("ATTENDEE"))
                .as("a published calendar names no attendees")
                .isEmpty();
    }

    @Test
    void everySixMonthsAndMonthlyOnThe31stFollowTheRule() {
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        Instant first =
                LocalDateTime.parse("2027-01-31T14:00").atZone(kathmandu).toInstant();
        assertThat(Occurrences.dates(first, kathmandu, Repeat.EVERY_SIX_MONTHS.rule(3)))
                .containsExactly(
                        first,
                        LocalDateTime.parse("2027-07-31T14:00")
                                .atZone(kathmandu)
                                .toInstant(),
                        LocalDateTime.parse("2028-01-31T14:00")
                                .atZone(kathmandu)
                                .toInstant());
        // RFC 5545: a month without a 31st has no meeting, it is not moved to the 28th
        assertThat(Occurrences.dates(first, kathmandu, Repeat.MONTHLY.rule(3)))
                .containsExactly(
                        first,
                        LocalDateTime.parse("2027-03-31T14:00")
                                .atZone(kathmandu)
                                .toInstant(),
                        LocalDateTime.parse("2027-05-31T14:00")
                                .atZone(kathmandu)
                                .toInstant());
        assertThat(Repeat.of(Repeat.EVERY_SIX_MONTHS.rule(3))).isEqualTo(Repeat.EVERY_SIX_MONTHS);
        assertThat(Repeat.of(Repeat.MONTHLY.rule(3))).isEqualTo(Repeat.MONTHLY);
        assertThat(Repeat.of(null)).isEqualTo(Repeat.NONE);
    }

    @Test
    void theOrganiserIsThePersonOrElseTheConfiguredSenderNeverLocalhost() {
        assertThat(MeetingCalendar.Organiser.of(
                        "Fatima Facilitator", "fatima@example.org", "StatCommons <no-reply@localhost>", HOST))
                .isEqualTo(new MeetingCalendar.Organiser("Fatima Facilitator", "fatima@example.org"));
        assertThat(MeetingCalendar.Organiser.of(null, null, "Data Commons <meetings@stats.example>", HOST))
                .isEqualTo(new MeetingCalendar.Organiser("Data Commons", "meetings@stats.example"));
        assertThat(MeetingCalendar.Organiser.of(null, null, "StatCommons <no-reply@localhost>", HOST))
                .isEqualTo(new MeetingCalendar.Organiser("StatCommons", "no-reply@" + HOST));
        assertThat(MeetingCalendar.Organiser.of(null, null, "meetings@stats.example", HOST))
                .isEqualTo(new MeetingCalendar.Organiser("StatCommons", "meetings@stats.example"));
    }
}
