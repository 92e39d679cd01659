package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.TimePresenter;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Meetings through the API and the account's calendar: bad input answered with problem documents (past and
 * overlapping times, too many, an organiser with no time zone assumed as UTC visibly), answers replaced, a
 * series with a skipped and a moved meeting, attendance, the private feed (members only, checked at each
 * request; a replaced or revoked address finds nothing) and the .ics download.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSeriesAndFeedIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CANDIDATE = Pattern.compile("\"candidates\":\\[\\{\"id\":(\\d+)");
    private static final Pattern FEED = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Community community;
    Account organiser;
    Account member;
    Account outsider;
    String organiserToken;
    String memberToken;
    String api;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Meetings series");
        organiser = fixtures.member(community, "Sofia Secretariat", CommunityRole.SECRETARIAT);
        setZone(organiser, "Europe/Paris");
        member = fixtures.member(community, "Maya Member", CommunityRole.MEMBER);
        setZone(member, "America/New_York");
        outsider = fixtures.account("Otto Outsider");
        organiserToken = fixtures.token(organiser);
        memberToken = fixtures.token(member);
        api = "/api/v1/communities/" + community.slug() + "/meetings";
    }

    private void setZone(Account account, String zone) {
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
    }

    private Page call(String token, String method, String path, String json) {
        return fixtures.bearer(token).api(method, path, json);
    }

    private static String ahead(int days, int hour) {
        return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(days) + " " + String.format("%02d:00", hour);
    }

    private static long first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void badInputIsAnsweredWithAProblemNamingTheField() {
        Page past = call(organiserToken, "POST", api, "{\"title\":\"Late\",\"candidates\":[\"2020-01-01 10:00\"]}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(past.body()).contains("\"field\":\"candidates\"").contains("is in the past");

        Page overlap = call(
                organiserToken,
                "POST",
                api,
                "{\"title\":\"Twice\",\"durationMinutes\":90,\"candidates\":[\"" + ahead(10, 10) + "\",\""
                        + ahead(10, 11) + "\"]}");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.body()).contains("overlap for a meeting of 90 minutes");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            many.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(Instant.now().plusSeconds(86_400L * 3 + 3600L * i))
                    .append('"');
        }
        Page tooMany = call(organiserToken, "POST", api, "{\"title\":\"Many\",\"candidates\":[" + many + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most 200");

        Page nothing = call(
                organiserToken,
                "POST",
                api,
                "{\"candidates\":[],\"onlineLink\":\"javascript:alert(1)\",\"durationMinutes\":2}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body())
                .contains("Title is required")
                .contains("Propose at least one time")
                .contains("must be a web address")
                .contains("from 5 to 720");

        Page nobody = call(
                organiserToken,
                "POST",
                api,
                "{\"title\":\"Alone\",\"candidates\":[\"" + ahead(9, 10) + "\"],\"invite\":\"CHOSEN\",\"people\":["
                        + outsider.id() + "]}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("Only members of the community can be invited");
        assertThat(db.sql("select count(*) from meetings.meetings where community_id = ?")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .as("nothing written")
                .isZero();
    }

    @Test
    void aMeetingsTimesAreWrittenInTheReadersLanguageRussianAndArabic() {
        Page created = call(
                organiserToken,
                "POST",
                api,
                "{\"title\":\"Languages\",\"candidates\":[\"2099-03-02T09:00:00Z\"],\"durationMinutes\":60}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String page = "/c/" + community.slug() + "/meetings/" + first(ID, created.body());
        Instant candidate = Instant.parse("2099-03-02T09:00:00Z");
        Visitor reader = fixtures.signedIn(member);

        // New York first (the reader's zone), Paris second (the organiser's), both in Russian words
        String russian = reader.get(page + "?lang=ru").text();
        assertThat(russian)
                .contains(TimePresenter.forZone("America/New_York")
                        .inLanguage(Locale.forLanguageTag("ru"))
                        .fullWith(candidate, ZoneId.of("Europe/Paris")))
                .contains("пн, 2 мар. 2099\u202fг., 04:00 (")
                .contains("Центральная Европа: пн, 2 мар. 2099\u202fг., 10:00")
                .doesNotContain("Mon 2 Mar 2099");

        String arabic = reader.get(page + "?lang=ar").text();
        assertThat(arabic)
                .contains(TimePresenter.forZone("America/New_York")
                        .inLanguage(Locale.forLanguageTag("ar"))
                        .fullWith(candidate, ZoneId.of("Europe/Paris")))
                .contains("الاثنين، 2 مارس 2099")
                .contains("توقيت وسط أوروبا")
                .doesNotContain("Mon 2 Mar 2099");

        assertThat(reader.get(page).text()).contains("Mon 2 Mar 2099, 04:00 (America/New_York, UTC-05:00)");

        // the list says what stands beside each meeting in the reader's language too
        Page list = reader.getNoFollow("/c/" + community.slug() + "/meetings?lang=ru");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Выбор времени").doesNotContain("Finding a time");
    }

    @Test
    void anOrganiserWithoutATimeZoneIsAskedAndTheirTimesAreUtcVisibly() {
        Account noZone = fixtures.member(community, "Zeno Nozone", CommunityRole.FACILITATOR);
        setZone(noZone, null);
        Visitor web = fixtures.signedIn(noZone);
        String meetings = "/c/" + community.slug() + "/meetings";
        assertThat(web.get(meetings + "/new").text()).contains("Your time zone is not set — times are read as UTC");
        Page created = web.submit(
                meetings + "/new",
                meetings + "/new",
                fields(
                        "title",
                        "Zoneless",
                        "kind",
                        "INFORMATION",
                        "duration",
                        "30",
                        "candidates",
                        "2099-03-01 10:00",
                        "invite",
                        "ALL_MEMBERS"));
        assertThat(created.text())
                .contains("The organiser's time zone was not set: the meeting's own times are in UTC")
                .contains("Sun 1 Mar 2099, 10:00 (UTC+00:00)");
        assertThat(db.sql(
                                "select c.starts_at from meetings.candidates c join meetings.meetings m on m.id = c.meeting_id"
                                        + " where m.title = 'Zoneless'")
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(Instant.parse("2099-03-01T10:00:00Z"));
    }

    @Test
    void aSeriesWithASkippedAndAMovedMeetingAttendanceAndTheCalendarFeed() throws Exception {
        // a poll to the member, answered twice through the API: the last answer counts
        Page created = call(
                organiserToken,
                "POST",
                api,
                "{\"title\":\"Fortnightly\",\"kind\":\"REGULAR\",\"durationMinutes\":60," + "\"candidates\":[\""
                        + ahead(7, 15) + "\"],\"invite\":\"CHOSEN\",\"people\":[" + member.id() + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = first(ID, created.body());
        long candidate = first(CANDIDATE, created.body());
        assertThat(call(memberToken, "PUT", api + "/" + id + "/answers", "{\"answers\":{\"" + candidate + "\":\"NO\"}}")
                        .status())
                .isEqualTo(200);
        Page second = call(
                memberToken,
                "PUT",
                api + "/" + id + "/answers",
                "{\"answers\":{\"" + candidate + "\":\"IF_NEED_BE\"}}");
        assertThat(second.body()).contains("\"ifNeedBe\":1").contains("\"no\":0");
        Page bad = call(
                memberToken, "PUT", api + "/" + id + "/answers", "{\"answers\":{\"" + candidate + "\":\"PERHAPS\"}}");
        assertThat(bad.status()).isEqualTo(400);

        // scheduled as a series of four, every two weeks, at 15:00 Paris time whatever the season
        Page scheduled = call(
                organiserToken,
                "POST",
                api + "/" + id + "/schedule",
                "{\"candidateId\":" + candidate + ",\"repeat\":\"EVERY_TWO_WEEKS\",\"occurrences\":4}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.body())
                .contains("\"recurrence\":\"FREQ=WEEKLY;INTERVAL=2;COUNT=4\"")
                .contains("\"status\":\"SCHEDULED\"");
        Instant first = LocalDateTime.parse(ahead(7, 15).replace(' ', 'T'))
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant();
        List<Instant> dates = Occurrences.dates(first, ZoneId.of("Europe/Paris"), "FREQ=WEEKLY;INTERVAL=2;COUNT=4");
        assertThat(dates).hasSize(4);
        for (Instant date : dates) {
            assertThat(date.atZone(ZoneId.of("Europe/Paris")).toLocalTime()).hasToString("15:00");
        }
        // an organiser answering the poll after it closed is told
        assertThat(call(
                                memberToken,
                                "PUT",
                                api + "/" + id + "/answers",
                                "{\"answers\":{\"" + candidate + "\":\"YES\"}}")
                        .status())
                .isEqualTo(409);

        // skip the second, move the third; a past or unknown occurrence is refused
        Page skipped = call(
                organiserToken, "POST", api + "/" + id + "/exceptions", "{\"occurrence\":\"" + dates.get(1) + "\"}");
        assertThat(skipped.body()).contains("\"sequence\":1").contains("\"skipped\":true");
        String movedTo =
                dates.get(2).atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusDays(1) + " 09:00";
        Page moved = call(
                organiserToken,
                "POST",
                api + "/" + id + "/exceptions",
                "{\"occurrence\":\"" + dates.get(2) + "\",\"newStart\":\"" + movedTo + "\"}");
        assertThat(moved.body()).contains("\"sequence\":2").contains("\"moved\":true");
        assertThat(call(
                                organiserToken,
                                "POST",
                                api + "/" + id + "/exceptions",
                                "{\"occurrence\":\"2030-01-01T10:00:00Z\"}")
                        .status())
                .isEqualTo(400);
        List<CalendarMail.Received> updates = CalendarMail.await(smtp, member.email(), "Updated: Fortnightly", 2);
        Calendar latest = updates.stream()
                .map(CalendarMail.Received::calendar)
                .filter(c -> c.toString().contains("SEQUENCE:2"))
                .findFirst()
                .orElseThrow();
        assertThat(latest.toString()).contains("EXDATE;TZID=Europe/Paris").contains("RECURRENCE-ID;TZID=Europe/Paris");

        // the newsletters see three meetings: the skipped one is gone, the moved one at its new time
        Instant movedInstant = LocalDateTime.parse(movedTo.replace(' ', 'T'))
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant();
        List<Instant> starts =
                upcoming()
                        .between(
                                community.id(),
                                first.minusSeconds(60),
                                dates.get(3).plusSeconds(60))
                        .stream()
                        .map(MeetingSummary::start)
                        .toList();
        assertThat(starts).containsExactly(first, movedInstant, dates.get(3));

        // attendance: not before the meeting; then, once it has taken place, who came
        Page early = call(
                organiserToken,
                "PUT",
                api + "/" + id + "/attendance",
                "{\"occurrence\":\"" + first + "\",\"present\":[" + member.id() + "]}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("has not started yet");
        db.sql("update meetings.meetings set starts_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(7200)), id)
                .update();
        Instant held = db.sql("select starts_at from meetings.meetings where id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        Page stranger = call(
                organiserToken,
                "PUT",
                api + "/" + id + "/attendance",
                "{\"occurrence\":\"" + held + "\",\"present\":[" + outsider.id() + "]}");
        assertThat(stranger.status()).isEqualTo(400);
        Page recorded = call(
                organiserToken,
                "PUT",
                api + "/" + id + "/attendance",
                "{\"occurrence\":\"" + held + "\",\"present\":[" + member.id() + "]}");
        assertThat(recorded.body()).contains("\"present\":[" + member.id() + "]");
        Visitor organiserWeb = fixtures.signedIn(organiser);
        assertThat(organiserWeb
                        .get("/c/" + community.slug() + "/meetings/" + id)
                        .text())
                .contains("Attendance")
                .contains("Maya Member");
        db.sql("update meetings.meetings set starts_at = ? where id = ?")
                .params(java.sql.Timestamp.from(first), id)
                .update();

        // the member's private feed lists it; an outsider's does not
        Visitor memberWeb = fixtures.signedIn(member);
        String feed = feedAddress(memberWeb);
        Visitor calendarProgram = fixtures.anonymous();
        Page ics = calendarProgram.get(feed);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(parsed.<VEvent>getComponents("VEVENT"))
                .extracting(e -> e.getProperty("UID").orElseThrow().getValue())
                .contains("meeting-" + id + "@localhost");
        Visitor outsiderWeb = fixtures.signedIn(outsider);
        String outsiderFeed = feedAddress(outsiderWeb);
        assertThat(calendarProgram.get(outsiderFeed).body())
                .doesNotContain("meeting-" + id + "@")
                .doesNotContain("Fortnightly");
        // .ics download: members yes, outsiders no
        assertThat(memberWeb
                        .get("/c/" + community.slug() + "/meetings/" + id + "/meeting.ics")
                        .body())
                .contains("UID:meeting-" + id + "@localhost");
        assertThat(outsiderWeb
                        .getNoFollow("/c/" + community.slug() + "/meetings/" + id + "/meeting.ics")
                        .status())
                .isEqualTo(403);

        // membership is checked when the feed is read: a member who leaves sees nothing more
        fixtures.remove(community, member);
        assertThat(calendarProgram.get(feed).body()).doesNotContain("Fortnightly");
        fixtures.join(community, member, CommunityRole.MEMBER);
        assertThat(calendarProgram.get(feed).body()).contains("Fortnightly");

        // a new address replaces the old, which finds nothing; revoking ends the new one
        String renewed = feedAddress(memberWeb);
        assertThat(renewed).isNotEqualTo(feed);
        Page old = calendarProgram.get(feed);
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.text()).contains("This calendar address is not valid");
        assertThat(calendarProgram.get(renewed).status()).isEqualTo(200);
        memberWeb.submit("/account/calendar", "/account/calendar/revoke", fields());
        assertThat(calendarProgram.get(renewed).status()).isEqualTo(404);
        assertThat(calendarProgram.get("/calendar/" + "x".repeat(43) + ".ics").status())
                .isEqualTo(404);

        // cancelled: the series leaves the feed's upcoming list and the newsletters' view
        call(organiserToken, "POST", api + "/" + id + "/cancel", null);
        assertThat(upcoming()
                        .between(
                                community.id(),
                                first.minusSeconds(60),
                                dates.get(3).plusSeconds(60)))
                .isEmpty();
        CalendarMail.Received cancel = CalendarMail.await(smtp, member.email(), "Cancelled: Fortnightly", 1)
                .get(0);
        assertThat(cancel.calendar().getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("CANCEL");
    }

    @Test
    void aMemberWhoReadsRussianGetsThePollTheInvitationAndItsCalendarInRussian() throws Exception {
        Community cis = fixtures.community("Statistics of the CIS");
        Account chair = fixtures.member(cis, "Chiara Chair", CommunityRole.SECRETARIAT);
        setZone(chair, "Europe/Paris");
        Account ivan = fixtures.member(cis, "Ivan Ivanov", CommunityRole.MEMBER);
        setZone(ivan, "Asia/Bishkek");
        db.sql("update identity.accounts set interface_language = 'ru' where id = ?")
                .param(ivan.id())
                .update();
        String chairToken = fixtures.token(chair);
        String cisApi = "/api/v1/communities/" + cis.slug() + "/meetings";
        Page created = call(
                chairToken,
                "POST",
                cisApi,
                "{\"title\":\"Census round\",\"kind\":\"FORMAL\",\"durationMinutes\":90,\"candidates\":[\""
                        + ahead(9, 10) + "\",\"" + ahead(10, 10) + "\"],\"invite\":\"CHOSEN\",\"people\":["
                        + ivan.id() + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = first(ID, created.body());
        long candidate = first(CANDIDATE, created.body());

        Mailbox.Mail poll = new Mailbox(smtp).await(ivan.email(), "Какое время вам подходит?");
        assertThat(poll.language()).isEqualTo("ru");
        assertThat(poll.subject()).isEqualTo("Какое время вам подходит? Census round");
        assertThat(poll.body())
                .contains(
                        "Chiara Chair подбирает время для «Census round» (официальное заседание, 90 минут) в"
                                + " сообществе Statistics of the CIS.",
                        "В вашем часовом поясе, Asia/Bishkek:",
                        "Страница встречи: ")
                .doesNotContain("Which of these times");

        Page scheduled =
                call(chairToken, "POST", cisApi + "/" + id + "/schedule", "{\"candidateId\":" + candidate + "}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        CalendarMail.Received invitation = CalendarMail.await(smtp, ivan.email(), "Приглашение: Census round", 1)
                .get(0);
        assertThat(MeetingCalendarTests.master(invitation.calendar())
                        .getProperty("DESCRIPTION")
                        .orElseThrow()
                        .getValue())
                .startsWith("Официальное заседание\n");
        Mailbox.Mail text = new Mailbox(smtp).await(ivan.email(), "Приглашение: Census round");
        assertThat(text.language()).isEqualTo("ru");
        assertThat(text.body())
                .contains(
                        "Вы приглашены на «Census round» (официальное заседание) сообщества Statistics of the CIS.",
                        "Когда: ",
                        ", 90 минут",
                        "Приглашение для календаря приложено")
                .doesNotContain("You are invited", "minutes");
        // the organiser, whose profile names no language, is written to in English as before
        assertThat(new Mailbox(smtp).all(chair.email()))
                .allSatisfy(mail -> assertThat(mail.language()).isEqualTo("en"));
    }

    @Test
    void aWeeklySeriesFromTheWebFormReachesCalendarsTheFeedAndTheTallies() throws Exception {
        // a community of its own, so that its meetings stay out of the other tests' windows
        Community pilot = fixtures.community("Weekly pilot");
        Account chair = fixtures.member(pilot, "Chiara Chair", CommunityRole.SECRETARIAT);
        setZone(chair, "Europe/Paris");
        Account day = fixtures.member(pilot, "Dana Day", CommunityRole.MEMBER);
        setZone(day, "America/New_York");
        Account night = fixtures.member(pilot, "Naoki Night", CommunityRole.MEMBER);
        setZone(night, "Asia/Tokyo");
        String chairToken = fixtures.token(chair);
        String pilotApi = "/api/v1/communities/" + pilot.slug() + "/meetings";
        LocalDate weekday = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8);
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        String firstTime = weekday + " 15:00";
        Page created = call(
                chairToken,
                "POST",
                pilotApi,
                "{\"title\":\"Pilot weekly\",\"kind\":\"REGULAR\",\"durationMinutes\":60," + "\"candidates\":[\""
                        + firstTime + "\"],\"invite\":\"CHOSEN\",\"people\":[" + day.id() + "," + night.id() + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = first(ID, created.body());
        long candidate = first(CANDIDATE, created.body());

        // the organiser's form offers "Weekly" next to the other repetitions
        Visitor organiserWeb = fixtures.signedIn(chair);
        String meetingPage = "/c/" + pilot.slug() + "/meetings/" + id;
        assertThat(organiserWeb.get(meetingPage).body()).contains("<option value=\"WEEKLY\">Weekly</option>");
        Page tooMany = organiserWeb.submit(
                meetingPage,
                meetingPage + "/schedule",
                fields("candidate", candidate, "repeat", "WEEKLY", "occurrences", "53"));
        assertThat(tooMany.text()).contains("A series weekly has from 2 to 52 meetings");
        Page scheduled = organiserWeb.submit(
                meetingPage,
                meetingPage + "/schedule",
                fields("candidate", candidate, "repeat", "WEEKLY", "occurrences", "5"));
        assertThat(scheduled.text()).contains("The meeting is scheduled").contains("Repeats Weekly");
        assertThat(db.sql("select recurrence from meetings.meetings where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("FREQ=WEEKLY;COUNT=5");

        // the invitation, read by ical4j: five meetings a week apart, each at 15:00 in Paris
        Instant start = LocalDateTime.parse(firstTime.replace(' ', 'T'))
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant();
        Calendar invitation =
                CalendarMail.await(smtp, day.email(), "Pilot weekly", 1).get(0).calendar();
        VEvent series = MeetingCalendarTests.master(invitation);
        assertThat(series.getProperty("RRULE").orElseThrow().getValue())
                .contains("FREQ=WEEKLY")
                .contains("COUNT=5")
                .doesNotContain("INTERVAL");
        ZonedDateTime from = start.atZone(ZoneId.of("UTC")).minusDays(1);
        List<Instant> dates =
                series.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusWeeks(8))).stream()
                        .map(p -> MeetingCalendarTests.instant(p.getStart()))
                        .sorted()
                        .toList();
        assertThat(dates)
                .hasSize(5)
                .isEqualTo(Occurrences.dates(start, ZoneId.of("Europe/Paris"), "FREQ=WEEKLY;COUNT=5"));
        for (int i = 0; i < dates.size(); i++) {
            ZonedDateTime local = dates.get(i).atZone(ZoneId.of("Europe/Paris"));
            assertThat(local.toLocalTime()).hasToString("15:00");
            assertThat(local.toLocalDate())
                    .isEqualTo(start.atZone(ZoneId.of("Europe/Paris"))
                            .toLocalDate()
                            .plusWeeks(i));
        }

        // fairness: 15:00 in Paris is night in Tokyo, and the whole series counts in Naoki's tally
        assertThat(burden(id, night)).isEqualTo(5);
        assertThat(burden(id, day))
                .as("15:00 in Paris is a working hour in New York")
                .isZero();

        // one week skipped on the page: calendars get the EXDATE, the tally one meeting less
        organiserWeb.submit(
                meetingPage,
                meetingPage + "/exceptions",
                fields("occurrence", dates.get(2).toString()));
        assertThat(burden(id, night)).isEqualTo(4);
        Calendar update = CalendarMail.await(smtp, day.email(), "Updated: Pilot weekly", 1)
                .get(0)
                .calendar();
        assertThat(update.toString()).contains("EXDATE;TZID=Europe/Paris");

        // the member's private feed carries the weekly rule and its exception
        Visitor memberWeb = fixtures.signedIn(day);
        Calendar feed = new CalendarBuilder()
                .build(new StringReader(
                        fixtures.anonymous().get(feedAddress(memberWeb)).body()));
        VEvent fed = feed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID").orElseThrow().getValue().equals("meeting-" + id + "@localhost"))
                .findFirst()
                .orElseThrow();
        assertThat(fed.getProperty("RRULE").orElseThrow().getValue())
                .contains("FREQ=WEEKLY")
                .contains("COUNT=5");
        assertThat(fed.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusWeeks(8))))
                .hasSize(4);

        // and through the API
        Page other = call(
                chairToken,
                "POST",
                pilotApi,
                "{\"title\":\"Weekly by API\",\"candidates\":[\"" + ahead(9, 10)
                        + "\"],\"invite\":\"CHOSEN\",\"people\":[" + day.id() + "]}");
        long otherId = first(ID, other.body());
        Page byApi = call(
                chairToken,
                "POST",
                pilotApi + "/" + otherId + "/schedule",
                "{\"candidateId\":" + first(CANDIDATE, other.body()) + ",\"repeat\":\"WEEKLY\",\"occurrences\":3}");
        assertThat(byApi.status()).as(byApi.body()).isEqualTo(200);
        assertThat(byApi.body()).contains("\"recurrence\":\"FREQ=WEEKLY;COUNT=3\"");
    }

    private int burden(long meetingId, Account account) {
        return db.sql(
                        "select coalesce(sum(occurrences), 0)::int from meetings.burdens where meeting_id = ? and account_id = ?")
                .params(meetingId, account.id())
                .query(Integer.class)
                .single();
    }

    @Autowired
    OccurrenceFinder occurrences;

    private OccurrenceFinder upcoming() {
        return occurrences;
    }

    private static String feedAddress(Visitor session) {
        Page page = session.submit("/account/calendar", "/account/calendar", fields());
        Matcher m = FEED.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }
}
