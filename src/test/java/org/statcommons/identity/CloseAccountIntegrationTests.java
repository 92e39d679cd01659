package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Closing an account (docs/identity.md "Closing an account"): proven by the password, it ends every way in at once,
 * leaves what the person wrote under "Former member" with the old name nowhere (pages, API, feed, search), removes
 * their posts and comments only where they asked and the community allows it, and is audited; an administrator closes
 * on request with a reason, never the last administrator.
 */
@StatCommonsIntegrationTest
class CloseAccountIntegrationTests {

    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Accounts accounts;

    @Test
    void closingEndsEveryWayInAndLeavesTheOldNameNowhere() {
        String word = unique();
        String name = "Semisi " + word;
        Community community = fixtures.community("Closing " + word);
        Account semisi = fixtures.member(community, name, CommunityRole.FACILITATOR);
        Account mele = fixtures.member(community, "Mele Stays", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(semisi);
        Visitor otherSession = fixtures.signedIn(semisi);
        String token = fixtures.token(semisi);
        Visitor melesBrowser = fixtures.signedIn(mele);
        String base = "/c/" + community.slug() + "/discussions";
        long thread = start(browser, base, "Sampling " + word, "Thoughts on sampling " + word);
        melesBrowser.submitNoFollow(
                base + "/" + thread,
                base + "/" + thread + "/replies",
                fields("body", "Thanks @\"" + name + "\" " + word));
        fixtures.page(browser, community, "guide.md", "Guide " + word, "Some text");
        browser.submit(
                Fixtures.space(community) + "/guide.md",
                "/c/" + community.slug() + "/space/-/publish/guide.md",
                fields());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                db.sql("select kind || ' ' || title from activity.lines where community_id = ?")
                                        .param(community.id())
                                        .query(String.class)
                                        .list())
                        .as("the stream has the post and the published page")
                        .anySatisfy(line -> assertThat(line).contains("Sampling " + word))
                        .anySatisfy(line -> assertThat(line).contains("Guide " + word)));

        Page wrong = browser.submit("/account/close", "/account/close", fields("currentPassword", "not my password"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("password");
        assertThat(accounts.byId(semisi.id()).orElseThrow().active()).isTrue();
        assertThat(otherSession.get("/account").status()).isEqualTo(200);

        Page closed = browser.submit("/account/close", "/account/close", fields("currentPassword", Fixtures.PASSWORD));
        assertThat(closed.text()).contains("Your account is closed");
        assertThat(browser.get("/account").path()).as("this session ended").startsWith("/sign-in");
        assertThat(otherSession.get("/account").path())
                .as("every other session ended")
                .startsWith("/sign-in");
        assertThat(fixtures.bearer(token).api("GET", "/api/v1/me", null).status())
                .isEqualTo(401);
        Visitor again = fixtures.anonymous();
        again.signIn(semisi.email(), Fixtures.PASSWORD);
        assertThat(again.get("/account").path()).as("signing in is refused").startsWith("/sign-in");
        assertThat(accounts.byEmail(new EmailAddress(semisi.email())))
                .as("the address is free")
                .isEmpty();
        assertThat(db.sql("select count(*) from community.memberships where account_id = ?")
                        .param(semisi.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(db.sql("""
                        select by_id = account_id and not contributions_removed from identity.account_audit
                        where account_id = ? and action = 'ACCOUNT_CLOSED'""").param(semisi.id()).query(Boolean.class).list()).containsExactly(true);

        String api = "/api/v1/communities/" + community.slug();
        List<String> seen = List.of(
                melesBrowser.get(base + "/" + thread).body(),
                melesBrowser.api("GET", api + "/discussions/" + thread, null).body(),
                melesBrowser.get("/c/" + community.slug() + "/activity").body(),
                melesBrowser.api("GET", api + "/activity", null).body(),
                new String(
                        fixtures.anonymous()
                                .download("/c/" + community.slug() + "/activity.atom")
                                .body(),
                        StandardCharsets.UTF_8),
                melesBrowser.get("/search?q=" + word).body(),
                melesBrowser.get("/c/" + community.slug() + "/members").body(),
                melesBrowser.get(Fixtures.space(community)).body(),
                melesBrowser.get(Fixtures.space(community) + "/-/history").body(),
                melesBrowser.get("/people/" + semisi.id()).body());
        for (String answer : seen) {
            assertThat(answer).doesNotContain(name).doesNotContain(semisi.email());
        }
        assertThat(melesBrowser.get(base + "/" + thread).text())
                .as("the post stays, by a former member, and the mention names them so")
                .contains("Thoughts on sampling " + word, "Former member");
        assertThat(db.sql("select body from discussions.posts where thread_id = ? order by id")
                        .param(thread)
                        .query(String.class)
                        .list())
                .containsExactly("Thoughts on sampling " + word, "Thanks @\"Former member\" " + word);
        assertThat(seen.get(4)).as("the feed keeps the line").contains("Former member");
    }

    @Test
    void postsAndCommentsAreRemovedOnlyWhereAskedAndAllowed() {
        String word = unique();
        Community keeps = fixtures.community("Keeps " + word);
        Community removes = fixtures.community("Removes " + word);
        Account lead = fixtures.member(removes, "Secretariat " + word, CommunityRole.SECRETARIAT);
        fixtures.signedIn(lead)
                .submit(
                        "/c/" + removes.slug() + "/edit",
                        "/c/" + removes.slug() + "/edit/closed-accounts",
                        fields("removeContributions", "true"));
        Account ana = fixtures.member(keeps, "Ana " + word, CommunityRole.MEMBER);
        fixtures.join(removes, ana, CommunityRole.FACILITATOR);
        Visitor browser = fixtures.signedIn(ana);
        long kept = start(browser, "/c/" + keeps.slug() + "/discussions", "Kept " + word, "Words kept " + word);
        long gone = start(browser, "/c/" + removes.slug() + "/discussions", "Gone " + word, "Words gone " + word);
        fixtures.page(browser, removes, "notes.md", "Notes", "Notes");
        browser.submit(
                Fixtures.space(removes) + "/notes.md",
                "/c/" + removes.slug() + "/page-comments/notes.md",
                fields("body", "Comment gone " + word));
        assertThat(browser.get("/account/close").text())
                .contains("Keeps " + word + ": your posts and comments stay")
                .contains("Removes " + word + ": your posts and comments are removed if you ask");

        browser.submit(
                "/account/close",
                "/account/close",
                fields("currentPassword", Fixtures.PASSWORD, "removeContributions", "true"));

        Visitor reader = fixtures.signedIn(fixtures.member(removes, "Reader " + word, CommunityRole.MEMBER));
        Visitor keepsReader = fixtures.signedIn(fixtures.member(keeps, "Keeper " + word, CommunityRole.MEMBER));
        assertThat(keepsReader
                        .get("/c/" + keeps.slug() + "/discussions/" + kept)
                        .text())
                .contains("Words kept " + word, "Former member");
        assertThat(reader.get("/c/" + removes.slug() + "/discussions/" + gone).text())
                .contains("(removed at the author's request)", "Former member")
                .doesNotContain("Words gone " + word)
                .doesNotContain("Gone " + word);
        assertThat(reader.get(Fixtures.space(removes) + "/notes.md").text())
                .contains("(removed at the author's request)")
                .doesNotContain("Comment gone " + word);
        assertThat(reader.get("/search?q=" + word).text()).doesNotContain("Words gone", "Comment gone");
        assertThat(db.sql("""
                        select count(*) from discussions.post_versions v join discussions.posts p on p.id = v.post_id
                        where p.thread_id = ?""").param(gone).query(Long.class).single())
                .as("no earlier version keeps the text")
                .isZero();
    }

    @Test
    void anAdministratorClosesOnRequestWithAReasonAudited() {
        Account admin = fixtures.account("Closing Admin", PlatformRole.ADMINISTRATOR);
        Account person = fixtures.account("Asked To Close");
        Visitor administrator = fixtures.signedIn(admin);
        String form = "/admin/accounts/" + person.id() + "/personal-data";
        String close = "/admin/accounts/" + person.id() + "/close";
        for (String reason : List.of("", "Asked\u0007 by bell", "x".repeat(5_000), "line\u202Eoverride")) {
            Page refused = administrator.submit(form, close, fields("reason", reason));
            assertThat(refused.status())
                    .as(reason.length() > 40 ? "a huge reason" : reason)
                    .isEqualTo(400);
            assertThat(refused.body()).contains("name=\"reason\"");
        }
        assertThat(accounts.byId(person.id()).orElseThrow().active()).isTrue();
        assertThat(fixtures.signedIn(person)
                        .submit(form, close, fields("reason", "Sneaky"))
                        .status())
                .isEqualTo(403);

        Page done = administrator.submit(
                form, close, fields("reason", "Asked by e-mail on 6 December, ref. 42", "removeContributions", "true"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("Account closed", "Asked by e-mail on 6 December, ref. 42", "Closing Admin");
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Former member");
        assertThat(db.sql("""
                        select by_id || '/' || contributions_removed || '/' || reason from identity.account_audit
                        where account_id = ? and action = 'ACCOUNT_CLOSED'""").param(person.id()).query(String.class).single())
                .isEqualTo(admin.id() + "/true/Asked by e-mail on 6 December, ref. 42");
        assertThat(administrator.submit(form, close, fields("reason", "Twice")).status())
                .as("closed once")
                .isEqualTo(409);
        assertThat(administrator
                        .submit(
                                "/admin/accounts/" + person.id(),
                                "/admin/accounts/" + person.id() + "/reactivate",
                                fields())
                        .status())
                .as("a closed account is not reactivated")
                .isEqualTo(409);
    }

    @Test
    void theLastAdministratorCannotCloseTheirAccount() {
        Account admin = fixtures.account("Only Admin", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);
        // every other administrator of the shared test server stands aside for this test, and comes back after it
        List<Long> others = db.sql("""
                        update identity.accounts set platform_role = 'SECRETARIAT'
                        where platform_role = 'ADMINISTRATOR' and status = 'ACTIVE' and id <> ? returning id""").param(admin.id()).query(Long.class).list();
        try {
            Page refused =
                    browser.submit("/account/close", "/account/close", fields("currentPassword", Fixtures.PASSWORD));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text()).contains("You are the last administrator");
            assertThat(accounts.byId(admin.id()).orElseThrow().active()).isTrue();
        } finally {
            db.sql("update identity.accounts set platform_role = 'ADMINISTRATOR' where id = any(?)")
                    .param(others.toArray(Long[]::new))
                    .update();
        }
    }

    private static long start(Visitor who, String base, String title, String body) {
        Page answer = who.submitNoFollow(base + "/new", base, fields("topic", "", "title", title, "body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher id = DISCUSSION.matcher(answer.location());
        assertThat(id.find()).as(answer.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** A word no other test writes, so that finding it or not says something. */
    private static String unique() {
        StringBuilder word = new StringBuilder("q");
        java.util.concurrent.ThreadLocalRandom.current()
                .ints(7, 'a', 'z' + 1)
                .forEach(letter -> word.append((char) letter));
        return word.toString();
    }
}
