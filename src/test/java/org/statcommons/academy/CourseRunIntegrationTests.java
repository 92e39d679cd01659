package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URI;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A run of a course: a maintainer starts it with an instructor and a cap of two, adds a meeting of the meetings
 * feature as its session; participants join (enrolled in the course too) and see the session, a third is refused
 * (full); the instructor sees the participants' progress; bad days, caps, instructors and meetings are refused.
 */
@StatCommonsIntegrationTest
class CourseRunIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void aRunWithASessionMeetingParticipantsUpToItsCapAndTheirProgressForTheInstructor() {
        Community community = fixtures.community("Runs " + System.nanoTime());
        Account facilitator = fixtures.member(community, "Runa Facilitator", CommunityRole.FACILITATOR);
        Account instructor = fixtures.member(community, "Ivo Instructor", CommunityRole.MEMBER);
        Visitor runa = fixtures.signedIn(facilitator);
        String courses = "/c/" + community.slug() + "/courses";
        String course = URI.create(runa.submitNoFollow(
                                courses,
                                courses,
                                fields(
                                        "title",
                                        "Git in cohorts",
                                        "language",
                                        "en",
                                        "licence",
                                        "CC-BY-4.0",
                                        "open",
                                        "true"))
                        .location())
                .getPath();
        String runs = course + "/runs";
        LocalDate start = LocalDate.now().plusDays(40);

        // bad input: every field named, nothing made
        Page refused = runa.submit(
                runs,
                runs,
                fields(
                        "title", "",
                        "startsOn", "2027-02-30",
                        "endsOn", "yesterday",
                        "cap", "-3",
                        "instructors", "Nobody Known"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Title", "First day", "Last day", "The cap is a whole number", "Nobody Known");
        assertThat(runa.submit(
                                runs,
                                runs,
                                fields(
                                        "title",
                                        "Backwards",
                                        "startsOn",
                                        start.toString(),
                                        "endsOn",
                                        start.minusDays(1).toString(),
                                        "cap",
                                        "",
                                        "instructors",
                                        ""))
                        .text())
                .contains("The last day comes before the first.");
        assertThat(db.sql("select count(*) from academy.course_runs r join academy.courses c on c.id = r.course_id"
                                + " where c.community_id = ?")
                        .param(community.id())
                        .query(Long.class)
                        .single())
                .isZero();
        Visitor member = fixtures.signedIn(fixtures.member(community, "Plain Member", CommunityRole.MEMBER));
        assertThat(member.submit(
                                runs,
                                runs,
                                fields("title", "Mine", "startsOn", start.toString(), "endsOn", start.toString()))
                        .status())
                .isEqualTo(403);

        Page made = runa.submitNoFollow(
                runs,
                runs,
                fields(
                        "title", "Spring cohort",
                        "startsOn", start.toString(),
                        "endsOn", start.plusDays(20).toString(),
                        "cap", "2",
                        "instructors", instructor.email()));
        assertThat(made.status()).as(made.text()).isEqualTo(302);
        String run = URI.create(made.location()).getPath();
        assertThat(fixtures.anonymous().get(runs).text()).contains("Spring cohort", "0 participants");

        long meeting = scheduledMeeting(facilitator, community, "Cohort session 1", start.plusDays(1));
        assertThat(runa.submit(run, run + "/sessions", fields("meeting", "987654321"))
                        .text())
                .contains("There is no scheduled meeting of this community");
        assertThat(runa.submit(run, run + "/sessions", fields("meeting", "../../../etc/passwd"))
                        .status())
                .isEqualTo(400);
        assertThat(runa.submit(
                                run,
                                run + "/sessions",
                                fields("meeting", "/c/" + community.slug() + "/meetings/" + meeting))
                        .status())
                .isEqualTo(200);

        Account lena = fixtures.account("Lena Cohort");
        Visitor learner = fixtures.signedIn(lena);
        assertThat(learner.get(run).text()).contains("Join this run").doesNotContain("Cohort session 1");
        Page joined = learner.submit(run, run + "/participation", fields());
        assertThat(joined.text())
                .contains("You are a participant of this run.", "Cohort session 1", "1 of 2 places taken");
        assertThat(learner.get(course).text()).contains("You are enrolled.");
        learner.submit(course, course + "/episodes/01-why-version-control/done", fields());
        fixtures.signedIn(fixtures.account("Second Cohort")).submit(run, run + "/participation", fields());
        Visitor third = fixtures.signedIn(fixtures.account("Third Cohort"));
        assertThat(third.get(run).text()).contains("This run is full");
        Page full = third.submit(run, run + "/participation", fields());
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.text()).contains("This run is full: its 2 places are taken.");

        Page asInstructor = fixtures.signedIn(instructor).get(run);
        assertThat(asInstructor.text())
                .contains(
                        "Participants’ progress",
                        "Lena Cohort",
                        "1 of 3 episodes done",
                        "Second Cohort",
                        "Cohort session 1");
        assertThat(learner.get(run).text()).doesNotContain("Participants’ progress");
        String api = "/api/v1/communities/" + community.slug() + "/courses/"
                + course.substring(course.lastIndexOf('/') + 1) + "/runs";
        assertThat(fixtures.bearer(fixtures.token(instructor))
                        .api("GET", api + run.substring(run.lastIndexOf('/')), null)
                        .body())
                .contains("\"title\":\"Spring cohort\"", "\"name\":\"Lena Cohort\"", "\"title\":\"Cohort session 1\"");
        assertThat(fixtures.anonymousApi().api("GET", api, null).body()).contains("\"participants\":2");

        // leaving frees a place
        learner.submit(run, run + "/participation", fields("join", "false"));
        assertThat(third.submit(run, run + "/participation", fields()).text())
                .contains("You are a participant of this run.");
        assertThat(fixtures.anonymous().get(runs + "/987654321").status()).isEqualTo(404);
    }

    private long scheduledMeeting(Account organiser, Community community, String title, LocalDate day) {
        Visitor api = fixtures.bearer(fixtures.token(organiser));
        String meetings = "/api/v1/communities/" + community.slug() + "/meetings";
        Page created = api.api(
                "POST",
                meetings,
                "{\"title\":\"" + title + "\",\"durationMinutes\":60,\"candidates\":[\"" + day + " 14:00\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = first(Pattern.compile("\"id\":(\\d+)"), created.body());
        long candidate = first(Pattern.compile("\"candidates\":\\[\\{\"id\":(\\d+)"), created.body());
        Page scheduled = api.api("POST", meetings + "/" + id + "/schedule", "{\"candidateId\":" + candidate + "}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        return id;
    }

    private static long first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
