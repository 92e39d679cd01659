package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.community.SuspendMember;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Sessions are kept in memory between requests (platform.web.SessionKeeper) and permission facts are remembered
 * during a request: none of that may delay the end of a session or of a right. Each test first uses the session, so
 * that it is in memory, then changes something elsewhere and checks the very next request.
 */
@StatCommonsIntegrationTest
class OpenSessionIntegrationTests {

    private static final String SESSION_COOKIE = "SESSION";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    SuspendMember suspendMember;

    @Test
    void signingOutEndsTheSessionForEveryCopyOfItsCookie() {
        Account person = fixtures.account("Leaving Twice");
        Visitor browser = fixtures.signedIn(person);
        Visitor copy = fixtures.anonymous();
        copy.setCookie(SESSION_COOKIE, browser.cookie(SESSION_COOKIE), "/");
        assertThat(browser.get("/account").status()).isEqualTo(200);
        assertThat(copy.get("/account").status()).isEqualTo(200);

        browser.signOut();

        assertThat(copy.get("/account").path()).startsWith("/sign-in");
        assertThat(browser.get("/account").path()).startsWith("/sign-in");
    }

    @Test
    void aSuspendedAccountsNextRequestIsRefused() {
        Account admin = fixtures.account("Blocking Admin", PlatformRole.ADMINISTRATOR);
        Community community = fixtures.community("Blocked reading", JoinPolicy.OPEN);
        Account person = fixtures.member(community, "Blocked Member", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(person);
        assertThat(browser.get("/c/" + community.slug()).body()).contains("Blocked Member");
        String token = browser.csrfToken();

        fixtures.signedIn(admin)
                .submit("/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/suspend", fields());

        Visitor.Page comment = browser.postNoFollow(
                "/c/" + community.slug() + "/discussions",
                fields("_csrf", token, "topic", "", "title", "Still here?", "body", "A post after the block."));
        // refused, and the session ended with it: the next page asks to sign in
        assertThat(comment.status()).isNotEqualTo(302);
        assertThat(browser.get("/account").path()).startsWith("/sign-in");
        assertThat(db.sql("select count(*) from discussions.posts where body = 'A post after the block.'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDemotedFacilitatorLosesEditingAtOnce() {
        Account secretariat = fixtures.account("Demoting Secretariat", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Demotion", JoinPolicy.BY_REQUEST, secretariat);
        Account facilitator = fixtures.member(community, "Demoted Facilitator", CommunityRole.FACILITATOR);
        Visitor browser = fixtures.signedIn(facilitator);
        String newPage = Fixtures.space(community) + "/-/new";
        assertThat(browser.get(newPage).status()).isEqualTo(200);
        String token = browser.csrfToken();

        Visitor.Page changed = fixtures.signedIn(secretariat)
                .submitNoFollow(
                        "/c/" + community.slug() + "/members/" + facilitator.id(),
                        "/c/" + community.slug() + "/members/" + facilitator.id() + "/role",
                        fields("role", "MEMBER", "guestUntil", "", "reason", ""));
        assertThat(changed.status()).isEqualTo(302);

        // a member now: the new-page form sends them on to propose the page instead, and a save is refused
        assertThat(browser.getNoFollow(newPage).status()).isEqualTo(303);
        Visitor.Page save = browser.postNoFollow(
                newPage,
                fields("_csrf", token, "path", "after-demotion", "title", "After", "body", "Text", "summary", ""));
        assertThat(save.status()).isEqualTo(403);
    }

    @Test
    void aCommunitysChangedSettingsCountFromTheNextRequest() {
        Account secretariat = fixtures.account("Settings Secretariat", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Kept settings", JoinPolicy.BY_REQUEST, secretariat);
        Account member = fixtures.member(community, "Kept Member", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(member);
        String home = "/c/" + community.slug();
        String newPage = Fixtures.space(community) + "/-/new";
        // read once, so that the community and its settings are kept in memory
        assertThat(browser.get(home).body()).contains("Kept settings");
        // a member who may not edit is sent on (303) to propose the page
        assertThat(browser.getNoFollow(newPage).status()).isEqualTo(303);

        Visitor editor = fixtures.signedIn(secretariat);
        assertThat(edit(editor, home, "Kept settings renamed", true).status()).isEqualTo(302);

        assertThat(browser.get(home).body()).contains("Kept settings renamed");
        assertThat(browser.getNoFollow(newPage).status()).isEqualTo(200);

        // and back: members propose again from the next request on
        assertThat(edit(editor, home, "Kept settings", false).status()).isEqualTo(302);
        assertThat(browser.getNoFollow(newPage).status()).isEqualTo(303);
        assertThat(browser.get(home).body()).doesNotContain("Kept settings renamed");
    }

    private static Visitor.Page edit(Visitor editor, String home, String name, boolean membersEditDirectly) {
        return editor.submitNoFollow(
                home + "/edit",
                home + "/edit",
                fields(
                        "name",
                        name,
                        "purpose",
                        "Testing kept settings",
                        "description",
                        "",
                        "joinPolicy",
                        "BY_REQUEST",
                        "membersEditDirectly",
                        String.valueOf(membersEditDirectly)));
    }

    @Test
    void aSuspensionInTheCommunityIsShownOnTheNextPageAndItsEndToo() {
        Account secretariat =
                fixtures.account("Suspending Secretariat", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Suspended reading", JoinPolicy.BY_REQUEST, secretariat);
        Account member = fixtures.member(community, "Suspended Reader", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(member);
        String home = "/c/" + community.slug();
        assertThat(browser.get(home).body()).doesNotContain("A moderator has suspended you");

        suspendMember.suspend(secretariat.actor(), community.id(), member.id(), 3, "Cooling off after a quarrel");

        assertThat(browser.get(home).text()).contains("A moderator has suspended you", "Cooling off after a quarrel");

        suspendMember.endSuspension(secretariat.actor(), community.id(), member.id(), "");

        assertThat(browser.get(home).body()).doesNotContain("A moderator has suspended you");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAtOnce() {
        Account person = fixtures.account("Two Browsers");
        Visitor laptop = fixtures.signedIn(person);
        Visitor phone = fixtures.signedIn(person);
        assertThat(phone.get("/account").status()).isEqualTo(200);

        laptop.submit(
                "/account",
                "/account/password",
                fields("currentPassword", Fixtures.PASSWORD, "newPassword", "a brand new passphrase 99"));

        assertThat(phone.get("/account").path()).isEqualTo("/sign-in?ended");
        assertThat(laptop.get("/account").status()).isEqualTo(200);
    }

    @Test
    void readingPagesWritesNothingToTheSessionTableWhichStillHoldsTheSession() {
        Account person = fixtures.account("Quiet Reader");
        Visitor browser = fixtures.signedIn(person);
        browser.get("/account");
        Timestamp before = lastAccess(browser);

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/account").status()).isEqualTo(200);
        }

        assertThat(lastAccess(browser)).isEqualTo(before);
        // the session is in PostgreSQL, as before: a restarted server finds it there
        assertThat(db.sql("select principal_name from platform.spring_session where session_id = ?")
                        .param(sessionId(browser))
                        .query(String.class)
                        .optional())
                .isPresent();
    }

    private Timestamp lastAccess(Visitor browser) {
        return db.sql(
                        "select to_timestamp(last_access_time / 1000.0) from platform.spring_session where session_id = ?")
                .param(sessionId(browser))
                .query(Timestamp.class)
                .single();
    }

    /** The session's id in the table: the cookie carries it in Base64. */
    private static String sessionId(Visitor browser) {
        return new String(Base64.getDecoder().decode(browser.cookie(SESSION_COOKIE)), StandardCharsets.UTF_8);
    }
}
