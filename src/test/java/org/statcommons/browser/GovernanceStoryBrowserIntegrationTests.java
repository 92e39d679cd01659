package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.leadership.LeadershipJobs;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import org.statcommons.workstreams.Workstreams;

/**
 * Issue 11's story in a real browser, as the people in it see it: the secretariat sets up a Steering Committee of nine
 * member organisations; its members elect two co-leads by secret ranked ballot (the count, round by round, and the
 * terms beginning); a member proposes a workstream, which the committee approves by consent; its lead writes a page
 * and declares it an output of the workstream; members review it; the committee endorses it by a vote; an anonymous
 * reader sees the endorsement on the published page, and after an edit and a publish that it changed since, with a
 * working link to what changed. What is not the point (the organisations, most seats) is put in place over HTTP.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceStoryBrowserIntegrationTests {

    private static final ZoneId FIJI = ZoneId.of("Pacific/Fiji"); // the fixtures' accounts live there
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String OUTPUT_PAGE = "workstreams/census-methods/census-guide";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    Workstreams workstreams;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    Chromium browser;
    Account signedIn;

    @BeforeAll
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) { // null when Chromium is missing and the class was skipped
            browser.close();
        }
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Signs the browser in as this person, signing out whoever was signed in. */
    private void as(Account person) {
        if (signedIn != null) {
            browser.press("Sign out");
        }
        BrowserSteps.signIn(browser, base(), person);
        signedIn = person;
    }

    private void signOut() {
        if (signedIn != null) {
            browser.press("Sign out");
            signedIn = null;
        }
        browser.driver().manage().deleteAllCookies();
    }

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll(".*/(\\d+)$", "$1"));
    }

    @Test
    void aCommitteeElectsItsCoLeadsApprovesAWorkstreamAndEndorsesItsOutput() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Account keeper = fixtures.account("Sara Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Census network " + suffix, JoinPolicy.BY_REQUEST, keeper);
        String slug = community.slug();
        String c = base() + "/c/" + slug;
        String[] names = {
            "Ana Aroha",
            "Ben Bula",
            "Cho Chen",
            "Dan Diallo",
            "Eva Ekström",
            "Fai Fonua",
            "Gus Garcia",
            "Hoa Hoang",
            "Ida Ivanova"
        };
        List<Account> reps = new ArrayList<>();
        for (String name : names) {
            reps.add(fixtures.member(community, name, CommunityRole.MEMBER));
        }
        Account lead = fixtures.member(community, "Lea Leader", CommunityRole.LEADER);

        // nine national statistical offices, members of the community: not the point, set up over HTTP
        Visitor secretariatHttp = fixtures.signedIn(keeper);
        List<Long> organisations = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Page created = secretariatHttp.submitNoFollow(
                    "/organisations/new",
                    "/organisations",
                    fields(
                            "name",
                            "Statistics office " + (i + 1) + " " + suffix,
                            "kind",
                            "NATIONAL_STATISTICAL_OFFICE",
                            "country",
                            "WS"));
            long organisation = idAtEnd(created.location());
            organisations.add(organisation);
            String members = "/c/" + slug + "/organisations";
            secretariatHttp.submit(members, members, fields("organisationId", organisation));
        }

        // the secretariat sets up the Steering Committee and gives three seats through the screens
        as(keeper);
        browser.open(c + "/bodies").fill("Name", "Steering Committee").press("Set up");
        assertThat(browser.heading()).isEqualTo("Steering Committee");
        String body = browser.path();
        long bodyId = idAtEnd(body);
        for (int i = 0; i < 3; i++) {
            browser.choose("Organisation", "Statistics office " + (i + 1) + " " + suffix)
                    .fill("Representative", names[i])
                    .press("Save the seat");
            assertThat(browser.mainText()).contains(names[i]);
        }
        for (int i = 3; i < 9; i++) {
            secretariatHttp.submit(
                    body,
                    body + "/seats",
                    fields(
                            "organisationId",
                            organisations.get(i),
                            "representative",
                            reps.get(i).email(),
                            "alternate",
                            ""));
        }
        browser.open(base() + body);
        assertThat(browser.mainText()).contains(names).contains("Statistics office 9 " + suffix);

        // an election of two co-leads by the committee, its times typed in the secretariat's zone
        LocalDate termStart = LocalDate.ofInstant(clock.instant(), FIJI).plusDays(6);
        browser.open(c + "/co-leads");
        browser.driver()
                .findElement(By.cssSelector("#e-body option[value='" + bodyId + "']"))
                .click();
        browser.fill("Title", "Co-leads " + termStart.getYear())
                .fill("Seats (co-lead terms)", "2")
                .fill(
                        "Nominations close",
                        TYPED.format(clock.instant().plus(Duration.ofDays(2)).atZone(FIJI)))
                .fill(
                        "Voting closes",
                        TYPED.format(clock.instant().plus(Duration.ofDays(4)).atZone(FIJI)));
        // a date field's typing depends on the browser's locale: the value is set as a date picker would
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('termStartsOn').value = arguments[0];", termStart.toString());
        browser.press("Announce the election");
        assertThat(browser.mainText()).contains("The election is announced: nominations are open.");
        String election = browser.path();

        // three members of the committee put themselves forward and accept
        for (int i = 0; i < 3; i++) {
            as(reps.get(i));
            browser.open(base() + election)
                    .fill("Put someone forward (yourself too)", names[i])
                    .press("Nominate");
            assertThat(browser.mainText()).contains("The nomination is recorded.");
            if (!browser.driver()
                    .findElements(By.xpath("//button[normalize-space()='Accept']"))
                    .isEmpty()) {
                browser.press("Accept");
            }
            assertThat(browser.mainText()).contains(names[i] + " put forward by " + names[i]);
        }
        as(keeper);
        browser.open(base() + election).press("Close the nominations and open the vote");
        assertThat(browser.mainText()).contains("The vote is open: 9 electors are told.");

        // five members rank the candidates on their secret ballot
        String[][] ballots = {
            {names[0], names[1]}, {names[0], names[1]}, {names[1], names[0]}, {names[2], names[1]}, {names[1], names[2]}
        };
        for (int v = 0; v < ballots.length; v++) {
            as(reps.get(3 + v));
            browser.open(base() + election);
            for (int rank = 0; rank < ballots[v].length; rank++) {
                browser.fill(ballots[v][rank], Integer.toString(rank + 1));
            }
            browser.press("Cast my ballot");
            assertThat(browser.mainText()).contains("Your ballot is cast.", "You have voted.");
        }

        // the vote closes when its time has passed; the count and the terms follow on their day
        clock.advance(Duration.ofDays(7));
        LeadershipJobs.runDue(context);
        as(keeper);
        browser.open(base() + election);
        String results = browser.mainText();
        assertThat(results)
                .contains("Results", "Seat 1", "Seat 2", "Round 1", "Round 2", "5 of 9")
                .contains(names[1] + " — term began on " + termStart)
                .contains(names[0] + " — term began on " + termStart);
        browser.screenshot("issue11-election-results");
        signOut();
        browser.open(c);
        assertThat(browser.mainText()).contains(names[0], names[1]);

        // a member proposes a workstream with its terms of reference, and submits it to the committee
        as(lead);
        browser.open(c + "/workstreams/new")
                .fill("Title", "Census methods")
                .fill("Objectives", "Compare the methods of the next census round.")
                .fill("Expected duration, in months", "12")
                .fill("A progress report every (months)", "6")
                .press("Propose");
        assertThat(browser.mainText())
                .contains("The workstream is proposed.", "Terms of reference", "workstreams/census-methods/");
        String workstream = browser.path();
        long workstreamId = idAtEnd(workstream);
        browser.choose("Body that decides", "Steering Committee")
                .fill("Days the body has to decide", "7")
                .press("Submit");
        assertThat(browser.mainText()).contains("The workstream is submitted: the body decides.");
        long consent = workstreams.byId(workstreamId).orElseThrow().decisionId();

        // the committee consents in the browser; a co-lead closes the decision
        for (int v = 0; v < 5; v++) {
            as(reps.get(v));
            browser.open(c + "/decisions/" + consent);
            assertThat(browser.mainText()).contains("Census methods");
            browser.tick("Agree").press("Vote");
            assertThat(browser.mainText()).contains("Agree");
        }
        as(reps.get(1));
        browser.open(c + "/decisions/" + consent).press("Close now");
        assertThat(browser.mainText()).contains("The decision is closed.");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        workstreams.byId(workstreamId).orElseThrow().status().running());
        as(lead);
        browser.open(base() + workstream);
        assertThat(browser.mainText()).contains("Approved", "Outputs", "Declare an output of this workstream");

        // the lead writes the output's page and declares it an output of the workstream
        browser.open(c + "/space/-/new")
                .fill("Path", OUTPUT_PAGE)
                .fill("Title", "Census methods guide")
                .fill(
                        "Text",
                        "## Enumeration\n\nCount every person where they usually live.\n\n## Registers\n\n"
                                + "Link the population register before the field work.\n")
                .press("Create the page");
        assertThat(browser.mainText()).contains("Count every person where they usually live.");
        browser.open(base() + workstream).follow("Declare an output of this workstream");
        browser.fill("Title", "Census methods guide")
                .fill("The page's path", OUTPUT_PAGE)
                .choose("Workstream", "Census methods")
                .press("Declare");
        assertThat(browser.mainText())
                .contains("The page is declared an output.", "Draft", "Census methods", "Steering Committee");
        String output = browser.path();
        browser.fill("Days open for comments", "3").press("Open for review");
        assertThat(browser.mainText()).contains("The output is open for members' review, and every member is told.");

        // members review it: a comment on a passage
        as(reps.get(4));
        browser.open(c + "/space/" + OUTPUT_PAGE);
        browser.driver()
                .findElements(By.linkText("Comment on this passage"))
                .get(1)
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("new-thread")).isEmpty());
        browser.fill("Your comment on this passage", "Say which register when there are several.")
                .press("Comment");
        assertThat(browser.mainText()).contains("Eva Ekström", "Say which register when there are several.");

        // once the review is over, the lead asks the committee, which endorses it by a vote
        clock.advance(Duration.ofDays(4));
        as(lead);
        browser.open(base() + output).press("Ask for approval");
        assertThat(browser.mainText()).contains("The body is asked to approve the output.");
        long approval = db.sql("select decision_id from outputs.outputs where id = ?")
                .param(idAtEnd(output))
                .query(Long.class)
                .single();
        for (int v = 0; v < 5; v++) {
            as(reps.get(v + 2));
            browser.open(c + "/decisions/" + approval);
            browser.tick("Yes").press("Vote");
        }
        as(reps.get(0));
        browser.open(c + "/decisions/" + approval).press("Close now");
        assertThat(browser.mainText()).contains("The decision is closed.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ENDORSED"
                        .equals(db.sql("select stage from outputs.outputs where id = ?")
                                .param(idAtEnd(output))
                                .query(String.class)
                                .single()));
        browser.open(base() + output);
        assertThat(browser.mainText()).contains("Endorsed", "The endorsed version");

        // the secretariat publishes the page: an anonymous reader sees the endorsement
        as(keeper);
        browser.open(c + "/space/" + OUTPUT_PAGE).press("Publish this version");
        signOut();
        String published = c + "/p/" + OUTPUT_PAGE;
        browser.open(published);
        assertThat(browser.heading()).isEqualTo("Census methods guide");
        assertThat(browser.mainText())
                .contains("Endorsed by the Steering Committee on")
                .doesNotContain("It has changed since endorsement.");
        browser.screenshot("issue11-endorsed-page");

        // the lead edits it, the secretariat publishes again: the reader is told it changed, and sees what
        as(lead);
        browser.open(c + "/space/-/edit/" + OUTPUT_PAGE)
                .fill(
                        "Text",
                        "## Enumeration\n\nCount every person where they usually live.\n\n## Registers\n\n"
                                + "Link the population and dwelling registers before the field work.\n")
                .press("Save");
        as(keeper);
        browser.open(c + "/space/" + OUTPUT_PAGE).press("Publish this version instead");
        assertThat(browser.mainText()).doesNotContain("Changed since published");
        signOut();
        // another reader: the public page may be kept five minutes by a browser that read it before
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.open(published);
        assertThat(browser.mainText()).contains("It has changed since endorsement.", "dwelling registers");
        browser.follow("See what changed");
        assertThat(browser.mainText())
                .contains("What changed since endorsement")
                .contains("dwelling");
        browser.screenshot("issue11-changed-since-endorsement");
    }
}
