package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * Issue 4's meeting story in a real browser: a facilitator proposes three times; one member answers from the
 * link in the poll e-mail without signing in, another signed in on the meeting's page; the facilitator keeps
 * the time StatCommons suggests (pre-selected) and schedules it; both members receive the invitation with
 * its calendar part, at that instant.
 */
@StatCommonsIntegrationTest
class FacilitatorSchedulesMeetingBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void aFacilitatorProposesThreeTimesTwoMembersAnswerAndBothReceiveTheInvitation() throws Exception {
        Community community = fixtures.community("Asia-Pacific price statistics");
        Account facilitator = fixtures.member(community, "Fatima Haddad", CommunityRole.FACILITATOR);
        Account kamala = fixtures.member(community, "Kamala Shrestha", CommunityRole.MEMBER);
        Account tevita = fixtures.member(community, "Tevita Tupou", CommunityRole.MEMBER);
        zone(facilitator, "Europe/Paris");
        zone(kamala, "Asia/Kathmandu");
        zone(tevita, "Pacific/Apia");
        String base = "http://localhost:" + port;
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15);
        long pickedCandidate;

        try (Chromium browser = Chromium.start()) {
            browser.open(base + "/sign-in")
                    .fill("E-mail address", facilitator.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            browser.open(base + "/c/" + community.slug())
                    .follow("Meetings")
                    .follow("Propose a meeting")
                    .fill("Title", "Consumer price index workshop")
                    .tick("Regular meeting")
                    .fill("Duration (minutes)", "60")
                    .fill("Online link", "https://meet.example.org/cpi")
                    .fill("Agenda (Markdown)", "1. Owner-occupied housing\n2. Scanner data")
                    .fill(
                            "Times to propose, one per line, in your time zone (Europe/Paris)",
                            day + " 06:00\n" + day + " 09:00\n" + day.plusDays(1) + " 20:00")
                    .press("Propose and send the poll");
            assertThat(browser.heading()).isEqualTo("Consumer price index workshop");
            assertThat(browser.mainText())
                    .contains("The poll is sent", "Kamala Shrestha", "Tevita Tupou", "Asia/Kathmandu");
            String meetingPath = browser.path();
            browser.press("Sign out");

            // Kamala answers from the e-mail, without signing in
            String link = answerLink(kamala.email(), base);
            browser.open(link);
            assertThat(browser.mainText()).contains("Answering as Kamala Shrestha", "Asia/Kathmandu");
            BrowserSteps.answer(browser, "NO", "YES", "IF_NEED_BE");
            browser.press("Save my answers");
            assertThat(browser.mainText()).contains("your answers are saved");

            // Tevita signs in and answers on the meeting's page
            browser.open(base + "/sign-in")
                    .fill("E-mail address", tevita.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            browser.open(base + meetingPath);
            BrowserSteps.answer(browser, "IF_NEED_BE", "YES", "NO");
            browser.press("Save my answers");
            assertThat(browser.mainText()).contains("Your answers are saved");
            browser.press("Sign out");

            // the facilitator keeps the suggested time, which is pre-selected
            browser.open(base + "/sign-in")
                    .fill("E-mail address", facilitator.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            browser.open(base + meetingPath);
            WebElement picked =
                    browser.driver().findElement(By.cssSelector("#schedule-form input[name=candidate]:checked"));
            long candidate = Long.parseLong(picked.getDomAttribute("value"));
            String suggested = browser.driver()
                    .findElement(By.cssSelector("label[for=pick-" + candidate + "]"))
                    .getText();
            assertThat(suggested).contains("(suggested)").contains("09:00");
            pickedCandidate = candidate;
            browser.screenshot("meeting-poll-with-suggestion");
            browser.press("Schedule and send the invitations");
            assertThat(browser.mainText()).contains("The meeting is scheduled", "Agenda page", "Minutes page");
            browser.screenshot("meeting-scheduled");
        }

        Instant chosen = db.sql("select starts_at from meetings.meetings where community_id = ?")
                .param(community.id())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(db.sql("select starts_at from meetings.candidates where id = ?")
                        .param(pickedCandidate)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(chosen);
        // 09:00 in Paris puts nobody to sleep (06:00 would wake Paris, 20:00 the next day Kathmandu)
        assertThat(chosen)
                .isEqualTo(day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
        for (Account member : List.of(kamala, tevita)) {
            Calendar calendar = invitation(member.email());
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            Temporal start = event.getDateTimeStart().getDate();
            assertThat(start instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(start))
                    .isEqualTo(chosen);
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
                    .isEqualTo("Consumer price index workshop");
        }
    }

    private void zone(Account account, String zone) {
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
    }

    private static String answerLink(String to, String base) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(base) + "/meetings/answer/[A-Za-z0-9_-]+");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to)
                        && message.getSubject().startsWith("Which times suit you?")) {
                    Matcher found = link.matcher((String) message.getContent());
                    assertThat(found.find()).as("an answer link in the poll").isTrue();
                    return found.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no poll e-mail to " + to + " within 30 s");
    }

    /** Waits for the invitation and reads its text/calendar part as a calendar program would. */
    private static Calendar invitation(String to) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to)
                        && message.getSubject().startsWith("Invitation:")) {
                    Part calendar = calendarPart(message);
                    assertThat(calendar).as("a text/calendar part").isNotNull();
                    assertThat(calendar.getContentType()).containsIgnoringCase("method=REQUEST");
                    return new CalendarBuilder()
                            .build(new StringReader(new String(
                                    calendar.getInputStream().readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no invitation to " + to + " within 30 s; received: "
                + Arrays.stream(mail.getReceivedMessages())
                        .map(m -> {
                            try {
                                return m.getSubject();
                            } catch (Exception e) {
                                return "?";
                            }
                        })
                        .toList());
    }

    private static Part calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                Part found = calendarPart(body);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
