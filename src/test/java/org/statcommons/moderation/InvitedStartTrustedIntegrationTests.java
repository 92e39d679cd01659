package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.CreateAccount;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.DefaultModerationLimits;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * People the community knows start trusted: an account made from an invitation, an account whose owner accepted a
 * community's invitation or whose membership request the secretariat approved posts links at once. An account of
 * open sign-up keeps the limits for new accounts, told what the limit is and when it lifts in its own zone; and
 * everybody's floods are still stopped.
 */
@StatCommonsIntegrationTest
@DefaultModerationLimits
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitedStartTrustedIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");
    private static final String THREE_LINKS =
            "See https://a.example.org, https://b.example.org and https://c.example.org";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Accounts accounts;

    @Autowired
    CreateAccount createAccount;

    Account secretariat;

    @BeforeAll
    void setUp() {
        secretariat = fixtures.account("Selu Secretariat", PlatformRole.SECRETARIAT);
        db.sql("update identity.accounts set vouched_at = now() where id = ?")
                .param(secretariat.id())
                .update();
    }

    /** A discussion in the community, started by its secretariat; its API address for replies. */
    private String discussion(Community community) {
        Page started = fixtures.bearer(fixtures.token(secretariat))
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/discussions",
                        "{\"title\":\"Record linkage\",\"body\":\"Which keys?\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertThat(id.find()).isTrue();
        return "/api/v1/communities/" + community.slug() + "/discussions/" + id.group(1) + "/replies";
    }

    private static Page reply(Visitor author, String replies, String body) {
        return author.api("POST", replies, "{\"body\":\"" + body + "\"}");
    }

    @Test
    void anAccountOfOpenSignUpIsToldTheLimitAndWhenItLiftsInItsOwnZone() {
        Community community = fixtures.community("Open sign-up limits");
        fixtures.join(community, secretariat, CommunityRole.SECRETARIAT);
        String replies = discussion(community);
        Account newcomer = fixtures.member(community, "Nuku Newcomer", CommunityRole.MEMBER);
        Instant created = newcomer.createdAt();
        Visitor nuku = fixtures.signedIn(newcomer);

        Page refused = reply(nuku, replies, THREE_LINKS);
        assertThat(refused.status()).isEqualTo(400);
        // the fixture's profile is in Fiji (UTC+12:00 in December)
        String lifts = org.statcommons.platform.TimePresenter.forZone("Pacific/Fiji")
                .full(created.plus(java.time.Duration.ofHours(24)));
        assertThat(refused.body())
                .contains("at most 2 links in a post (this one has 3)")
                .contains("until " + lifts)
                .contains("(Pacific/Fiji, UTC+12:00)")
                .contains("until you have written 3 accepted posts")
                .contains("invited by the community");
        assertThat(reply(nuku, replies, "Two are fine: https://a.example.org and https://b.example.org")
                        .status())
                .isEqualTo(201);
        Page again = reply(nuku, replies, THREE_LINKS);
        assertThat(again.body()).contains("until you have written 2 more accepted posts");
    }

    @Test
    void accountsMadeFromAnInvitationAreVouchedFor() {
        String email = Fixtures.uniqueEmail("ivi");
        Account invited = createAccount.create(
                new AccountForm(
                                email,
                                Fixtures.PASSWORD,
                                "Ivi Invited",
                                "Bureau",
                                "NATIONAL_STATISTICAL_OFFICE",
                                "WS",
                                "Pacific/Apia",
                                List.of("en"),
                                "")
                        .newAccount(new EmailAddress(email)),
                PlatformRole.NONE);
        assertThat(vouched(invited.id())).isTrue();
        assertThat(vouched(fixtures.account("Open Olo").id())).isFalse();
        assertThat(vouched(-1)).isFalse();
    }

    @Test
    void aMemberWhoseRequestWasApprovedPostsLinksAtOnce() {
        Community community = fixtures.community("Approved requests", JoinPolicy.BY_REQUEST);
        fixtures.join(community, secretariat, CommunityRole.SECRETARIAT);
        String replies = discussion(community);
        Account asker = fixtures.account("Asi Asker");
        Visitor askerSession = fixtures.signedIn(asker);
        assertThat(askerSession
                        .submitNoFollow(
                                "/c/" + community.slug() + "/request",
                                Map.of(
                                        "motivation",
                                        "I link registers.",
                                        "acceptConduct",
                                        "true",
                                        "conductVersion",
                                        "1"))
                        .status())
                .isEqualTo(302);
        long request = db.sql("select id from community.membership_requests where account_id = ?")
                .param(asker.id())
                .query(Long.class)
                .single();
        assertThat(vouched(asker.id())).isFalse();
        assertThat(fixtures.signedIn(secretariat)
                        .submitNoFollow(
                                "/c/" + community.slug() + "/requests/" + request,
                                Map.of("decision", "approve", "note", "Welcome"))
                        .status())
                .isEqualTo(302);

        assertThat(vouched(asker.id())).isTrue();
        assertThat(reply(askerSession, replies, THREE_LINKS).status()).isEqualTo(201);
    }

    @Test
    void anExistingAccountThatAcceptsAnInvitationPostsLinksAtOnceButNotFloods() throws Exception {
        Community community = fixtures.community("Accepted invitations", JoinPolicy.BY_INVITATION);
        fixtures.join(community, secretariat, CommunityRole.SECRETARIAT);
        String replies = discussion(community);
        Account invited = fixtures.account("Ina Invited");
        fixtures.signedIn(secretariat)
                .submitNoFollow(
                        "/c/" + community.slug() + "/invitations", Map.of("email", invited.email(), "role", "MEMBER"));
        Visitor invitedSession = fixtures.signedIn(invited);
        Page accepted = invitedSession.submitNoFollow(
                "/invitations/" + invitationSecret(invited.email()),
                Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);

        assertThat(reply(invitedSession, replies, THREE_LINKS).status()).isEqualTo(201);
        // trusted is not unlimited: the flood limit of 10 posts a minute holds for everyone
        for (int i = 2; i <= 10; i++) {
            assertThat(reply(invitedSession, replies, "Post " + i).status()).isEqualTo(201);
        }
        Page flood = reply(invitedSession, replies, "Post 11");
        assertThat(flood.status()).isEqualTo(429);
        assertThat(flood.body()).contains("at most 10 posts a minute", "UTC+12:00");
    }

    private String invitationSecret(String address) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(r -> r.toString().equals(address))) {
                    Matcher matcher = INVITATION_LINK.matcher(
                            GreenMailUtil.getBody(message).replace("=\r\n", ""));
                    assertThat(matcher.find()).isTrue();
                    return matcher.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no invitation to " + address);
    }

    private boolean vouched(long accountId) {
        return accounts.byId(accountId).map(Account::vouched).orElse(false);
    }
}
