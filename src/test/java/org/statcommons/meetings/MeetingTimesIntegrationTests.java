package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Meetings take "now" from the application's clock, moved forward here instead of waited for: a meeting is held
 * once the clock passes its start (attendance, the list), a candidate the clock has passed can no longer be chosen,
 * and the calendar feed leaves out what is long past.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingTimesIntegrationTests {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CANDIDATE = Pattern.compile("\"candidates\":\\[\\{\"id\":(\\d+)");
    private static final Pattern FEED = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A community of its own, an organiser in Paris and a member to invite. */
    private record Setting(Community community, Account organiser, Account member, String token, String api) {}

    private Setting setting(String name) {
        Community community = fixtures.community(name);
        Account organiser = fixtures.member(community, "Tomas Times", CommunityRole.FACILITATOR);
        db.sql("update identity.accounts set time_zone = 'Europe/Paris' where id = ?")
                .param(organiser.id())
                .update();
        Account member = fixtures.member(community, "Mina Times", CommunityRole.MEMBER);
        return new Setting(
                community,
                organiser,
                member,
                fixtures.token(organiser),
                "/api/v1/communities/" + community.slug() + "/meetings");
    }

    /** Proposes a meeting to the member at 10:00 Paris time {@code days} ahead; returns its id and its candidate's. */
    private long[] propose(Setting s, String title, int days) {
        String when = LocalDate.now(PARIS).plusDays(days) + " 10:00";
        Page created = call(
                s,
                "POST",
                s.api(),
                "{\"title\":\"" + title + "\",\"candidates\":[\"" + when + "\"]," + "\"invite\":\"CHOSEN\",\"people\":["
                        + s.member().id() + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new long[] {first(ID, created.body()), first(CANDIDATE, created.body())};
    }

    private void schedule(Setting s, long[] meeting) {
        Page scheduled =
                call(s, "POST", s.api() + "/" + meeting[0] + "/schedule", "{\"candidateId\":" + meeting[1] + "}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    }

    @Test
    void aMeetingIsHeldOnceTheClockPassesItsStart() {
        Setting s = setting("Meeting times held");
        long[] meeting = propose(s, "Quarterly review", 3);
        schedule(s, meeting);
        String attendance = s.api() + "/" + meeting[0] + "/attendance";
        String present = "{\"present\":[" + s.member().id() + "]}";
        Page early = call(s, "PUT", attendance, present);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("has not started yet");

        clock.advance(Duration.ofDays(4));

        Page recorded = call(s, "PUT", attendance, present);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("\"present\":[" + s.member().id() + "]");
        Visitor organiser = fixtures.signedIn(s.organiser());
        String list = organiser.get("/c/" + s.community().slug() + "/meetings").text();
        assertThat(list).contains("No meetings ahead.");
        assertThat(list.substring(list.indexOf("Past and cancelled"))).contains("Quarterly review", "held");
        assertThat(organiser
                        .get("/c/" + s.community().slug() + "/meetings/" + meeting[0])
                        .text())
                .contains("1 took part");
    }

    @Test
    void aCandidateTheClockHasPassedCanNoLongerBeChosen() {
        Setting s = setting("Meeting times passed");
        long[] meeting = propose(s, "Missed chance", 1);

        clock.advance(Duration.ofDays(2));

        Page late = call(s, "POST", s.api() + "/" + meeting[0] + "/schedule", "{\"candidateId\":" + meeting[1] + "}");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("This time has passed");
    }

    @Test
    void theCalendarFeedLeavesOutWhatTheClockSaysIsLongPast() {
        Setting s = setting("Meeting times feed");
        long[] meeting = propose(s, "Soon forgotten", 2);
        schedule(s, meeting);
        Visitor member = fixtures.signedIn(s.member());
        Matcher address = FEED.matcher(member.submit("/account/calendar", "/account/calendar", fields())
                .body());
        assertThat(address.find()).isTrue();
        Visitor calendarProgram = fixtures.anonymous();
        String uid = "meeting-" + meeting[0] + "@";
        assertThat(calendarProgram.get(address.group(1)).body()).contains(uid);

        clock.advance(Duration.ofDays(100));

        assertThat(calendarProgram.get(address.group(1)).body())
                .as("90 days after, by the application's clock")
                .doesNotContain(uid);
    }

    private Page call(Setting s, String method, String path, String json) {
        return fixtures.bearer(s.token()).api(method, path, json);
    }

    private static long first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
