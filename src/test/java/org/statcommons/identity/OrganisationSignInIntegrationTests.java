package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestOidcProvider;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Sign-in with an organisation's account, end to end against a real OpenID Connect provider ({@link TestOidcProvider}):
 * the browser goes to the provider and back, the server fetches the provider's discovery document, exchanges the code
 * for tokens and checks the ID token's signature, issuer, audience and expiry.
 */
@StatCommonsIntegrationTest
class OrganisationSignInIntegrationTests {

    @RegisterExtension
    static final TestOidcProvider office = new TestOidcProvider();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    IdentitySettings settings;

    @Autowired
    JdbcClient db;

    @Autowired
    LinkTokens links;

    @Autowired
    Accounts accounts;

    @AfterEach
    void restoreSettings() {
        settings.setSignUpPolicy(SignUpPolicy.INVITATION_ONLY);
        settings.setOrganisationDomains(List.of());
        db.sql("delete from identity.sign_in_attempts").update();
    }

    @Test
    void aConfirmedAddressLinksTheAccountThatHasItAndTheLinkOutlivesAnAddressChange() {
        Account amina = fixtures.account("Amina Oidc");
        Visitor browser = fixtures.anonymous();
        Page signIn = browser.get("/sign-in");
        assertThat(signIn.text()).contains("Sign in with Statistics Office").contains("Sign in with Closed Office");

        office.willSignIn("amina-at-office", claims(amina.email(), true, "Amina at the Office"));
        Page landed = browser.get("/sign-in/with/office?continue=/account");
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.path()).isEqualTo("/account");
        Page me = browser.api("GET", "/api/v1/me", null);
        assertThat(me.body()).contains("\"id\":" + amina.id()).contains("Amina Oidc");
        assertThat(db.sql("select count(*) from identity.organisation_identities where account_id = ?")
                        .param(amina.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the office changes her address: the same person there is still the same account here
        Visitor later = fixtures.anonymous();
        office.willSignIn("amina-at-office", claims("amina.new@stats.example.org", true, "Amina"));
        later.get("/sign-in/with/office");
        assertThat(later.api("GET", "/api/v1/me", null).body()).contains("\"id\":" + amina.id());
        // and her password still works
        assertThat(fixtures.anonymous().signIn(amina.email(), Fixtures.PASSWORD).path())
                .isNotEqualTo("/sign-in");
    }

    @Test
    void noAccountIsMadeWhenSignUpIsByInvitationAndOneIsMadeWhenItIsOpen() {
        settings.setSignUpPolicy(SignUpPolicy.INVITATION_ONLY);
        String email = "new." + System.nanoTime() + "@stats.example.org";
        Visitor browser = fixtures.anonymous();
        office.willSignIn("newcomer-" + email, claims(email, true, "Nadia New"));
        Page refused = browser.get("/sign-in/with/office");
        assertThat(refused.path()).startsWith("/sign-in");
        assertThat(refused.text()).contains("No account uses " + email).contains("by invitation");
        assertThat(browser.api("GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(accountCount(email)).isZero();

        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        office.willSignIn("newcomer-" + email, claims(email, true, "Nadia\u0000 New"));
        browser.get("/sign-in/with/office");
        Page me = browser.api("GET", "/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"email\":\"" + email + "\"")
                .contains("\"emailVerified\":true")
                .contains("Nadia  New");
        assertThat(accountCount(email)).isOne();
        // no password was ever set: a password sign-in is refused like any wrong password
        Page password = fixtures.anonymous().signIn(email, "");
        assertThat(password.path()).startsWith("/sign-in");
        Page guess = fixtures.anonymous().signIn(email, "anything at all 1234");
        assertThat(guess.text()).contains("The e-mail address or password is not right.");
    }

    @Test
    void anInvitedNewcomerComesInThroughTheOrganisationWhereSignUpIsByInvitation() {
        settings.setSignUpPolicy(SignUpPolicy.INVITATION_ONLY);
        // invited to the platform: the invitation's page offers the organisation's sign-in, which uses the link up
        String invited = "invited." + System.nanoTime() + "@stats.example.org";
        String secret = links.create(LinkTokens.Purpose.SIGN_UP_INVITATION, null, invited, null, Duration.ofDays(7));
        Visitor browser = fixtures.anonymous();
        assertThat(browser.get("/sign-up/invitation/" + secret).text())
                .contains("Or accept with your organisation’s account")
                .contains("Sign in with Statistics Office");
        office.willSignIn("invited-" + invited, claims(invited, true, "Ines Invited"));
        browser.get("/sign-in/with/office?continue=/");
        Page me = browser.api("GET", "/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"" + invited + "\"");
        assertThat(accounts.byEmail(new EmailAddress(invited)).orElseThrow().vouched())
                .as("invited, so trusted from the start")
                .isTrue();
        assertThat(fixtures.anonymous()
                        .getNoFollow("/sign-up/invitation/" + secret)
                        .status())
                .as("the invitation is used up")
                .isEqualTo(410);

        // invited to a community: an account through the organisation, then the invitation accepted on its page
        Community community = fixtures.community("Office invitations " + System.nanoTime(), JoinPolicy.BY_INVITATION);
        Account secretariat = fixtures.member(community, "Sami Secretariat", CommunityRole.SECRETARIAT);
        String newcomer = "newcomer." + System.nanoTime() + "@stats.example.org";
        assertThat(fixtures.signedIn(secretariat)
                        .submitNoFollow(
                                "/c/" + community.slug() + "/invitations", Map.of("email", newcomer, "role", "MEMBER"))
                        .status())
                .isEqualTo(302);
        String link = new Mailbox(smtp).await(newcomer, community.name()).link("/invitations/");
        Visitor them = fixtures.anonymous();
        assertThat(them.get(link).text()).contains("Create your account").contains("Sign in with Statistics Office");
        office.willSignIn("newcomer-" + newcomer, claims(newcomer, true, "Nora Newcomer"));
        Page back = them.get("/sign-in/with/office?continue=" + link);
        assertThat(back.path()).isEqualTo(link);
        assertThat(back.text()).contains("Accept the invitation");
        Page joined = them.submit(link, link, Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(joined.path()).isEqualTo("/c/" + community.slug());
        assertThat(db.sql("""
                                select count(*) from community.memberships m join identity.accounts a on a.id = m.account_id
                                where m.community_id = ? and a.email = ?""")
                        .params(community.id(), newcomer)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anAddressTheProviderDidNotConfirmOrNoAddressLinksNothing() {
        Account bo = fixtures.account("Bo Unconfirmed");
        Visitor browser = fixtures.anonymous();
        office.willSignIn("bo-at-office", claims(bo.email(), false, "Bo"));
        Page refused = browser.get("/sign-in/with/office");
        assertThat(refused.text()).contains("Statistics Office has not confirmed your e-mail address " + bo.email());
        assertThat(browser.api("GET", "/api/v1/me", null).status()).isEqualTo(401);

        office.willSignIn("nobody-at-office", Map.of("name", "No Address"));
        assertThat(fixtures.anonymous().get("/sign-in/with/office").text())
                .contains("Statistics Office did not give your e-mail address");
        assertThat(db.sql("select count(*) from identity.organisation_identities where subject in (?, ?)")
                        .params("bo-at-office", "nobody-at-office")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSuspendedAccountStaysOut() {
        Account admin = fixtures.account("Admin Suspends", PlatformRole.ADMINISTRATOR);
        Account carl = fixtures.account("Carl Suspended");
        fixtures.signedIn(admin)
                .submit("/admin/accounts/" + carl.id(), "/admin/accounts/" + carl.id() + "/suspend", fields());
        Visitor browser = fixtures.anonymous();
        office.willSignIn("carl-at-office", claims(carl.email(), true, "Carl"));
        assertThat(browser.get("/sign-in/with/office").text()).contains("This account is suspended.");
        assertThat(browser.api("GET", "/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void expiredTokensTokensForOthersMadeUpCodesAndProvidersThatDoNotAnswerSignNobodyIn() {
        Account dana = fixtures.account("Dana Tokens");

        long now = System.currentTimeMillis() / 1000;
        Map<String, Map<String, Object>> wrongTokens = Map.of(
                "expired an hour ago",
                with(claims(dana.email(), true, "Dana"), "iat", now - 7200, "exp", now - 3600),
                "for another application",
                with(claims(dana.email(), true, "Dana"), "aud", "another-application"),
                "from another issuer",
                with(claims(dana.email(), true, "Dana"), "iss", "http://localhost:1/office"));
        wrongTokens.forEach((what, claims) -> {
            Visitor browser = fixtures.anonymous();
            office.willSignIn("dana-at-office", claims);
            Page refused = browser.get("/sign-in/with/office");
            assertThat(refused.path()).as(what).startsWith("/sign-in");
            assertThat(refused.text()).as(what).contains("Signing in with your organisation’s account did not succeed");
            assertThat(browser.api("GET", "/api/v1/me", null).status()).as(what).isEqualTo(401);
        });

        // a code or state made up by someone else
        Visitor forger = fixtures.anonymous();
        Page forged = forger.get("/login/oauth2/code/office?code=made-up&state=made-up");
        assertThat(forged.path()).startsWith("/sign-in");
        assertThat(forger.api("GET", "/api/v1/me", null).status()).isEqualTo(401);

        Page closed = fixtures.anonymous().get("/sign-in/with/closed");
        assertThat(closed.path()).startsWith("/sign-in");
        assertThat(closed.text()).contains("Signing in with Closed Office is not possible at the moment");
        assertThat(fixtures.anonymous().get("/sign-in/with/nowhere").status()).isEqualTo(404);
        assertThat(db.sql("select count(*) from identity.organisation_identities where account_id = ?")
                        .param(dana.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void domainsReservedForOrganisationSignInUseNoPassword() {
        Account admin = fixtures.account("Admin Domains", PlatformRole.ADMINISTRATOR);
        Account erin = fixtures.account("Erin Domain");
        String domain = erin.email().substring(erin.email().indexOf('@') + 1);
        Visitor adminBrowser = fixtures.signedIn(admin);
        Page overview = adminBrowser.get("/admin");
        assertThat(overview.text()).contains("People can sign in with:").contains("Statistics Office");

        Page bad = adminBrowser.submit(
                "/admin", "/admin/organisation-sign-in", fields("domains", "stats.example.org\n../etc/passwd"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"../etc/passwd\" is not a domain name");
        assertThat(settings.organisationDomains()).isEmpty();
        Page huge = adminBrowser.submit(
                "/admin", "/admin/organisation-sign-in", fields("domains", "a.example.org ".repeat(2000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(settings.organisationDomains()).isEmpty();

        Page saved = adminBrowser.submit(
                "/admin", "/admin/organisation-sign-in", fields("domains", "@" + domain.toUpperCase() + ", " + domain));
        assertThat(saved.text()).contains("Only organisation sign-in for: " + domain + ".");
        assertThat(settings.organisationDomains()).containsExactly(domain);

        Page password = fixtures.anonymous().signIn(erin.email(), Fixtures.PASSWORD);
        assertThat(password.path()).startsWith("/sign-in");
        assertThat(password.text()).contains("People at " + domain + " sign in with their organisation’s account");
        // said for an address with no account as well: it tells nothing of who has one
        assertThat(fixtures.anonymous()
                        .signIn("nobody." + System.nanoTime() + "@" + domain, "whatever 1234 abc")
                        .text())
                .contains("People at " + domain + " sign in with their organisation’s account");
        Page reset = fixtures.anonymous().submit("/password-reset", "/password-reset", fields("email", erin.email()));
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.text()).contains("sign in with their organisation’s account");

        Visitor browser = fixtures.anonymous();
        office.willSignIn("erin-at-office", claims(erin.email(), true, "Erin"));
        browser.get("/sign-in/with/office");
        assertThat(browser.api("GET", "/api/v1/me", null).body()).contains("\"id\":" + erin.id());

        Page cleared = adminBrowser.submit("/admin", "/admin/organisation-sign-in", fields("domains", ""));
        assertThat(cleared.text()).contains("Everyone may sign in with a password.");
        assertThat(fixtures.anonymous().signIn(erin.email(), Fixtures.PASSWORD).path())
                .isNotEqualTo("/sign-in");
    }

    private long accountCount(String email) {
        return db.sql("select count(*) from identity.accounts where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> with(Map<String, Object> claims, Object... more) {
        Map<String, Object> all = new HashMap<>(claims);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    private static Map<String, Object> claims(String email, boolean verified, String name) {
        return Map.of("email", email, "email_verified", verified, "name", name);
    }
}
