package org.statcommons.identity;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

@StatCommonsIntegrationTest
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountRegistration registration;

    @Autowired
    OpenSignUp openSignUp;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    @AfterEach
    void forgetAttempts() {
        // every test request comes from 127.0.0.1: do not let one test's failures throttle the next
        db.sql("delete from identity.sign_in_attempts").update();
    }

    @Test
    void rightPasswordSignsInAndContinuesToTheLocalPageAsked() {
        TestAccounts.Person person = TestAccounts.member(registration, "Continue Person");
        WebClientSession browser = new WebClientSession(port);

        Page asked = browser.getNoFollow("/account/tokens");
        assertThat(asked.location()).endsWith("/sign-in?continue=%2Faccount%2Ftokens");
        Page form = browser.get(asked.location());
        assertThat(form.body()).contains("name=\"continue\"").contains("value=\"/account/tokens\"");

        Page landed = browser.post("/sign-in", fields("email", person.email(), "password", person.password(),
                "continue", "/account/tokens", "_csrf", form.csrf()));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.path()).isEqualTo("/account/tokens");
        assertThat(landed.body()).contains("Personal access tokens");
    }

    @Test
    void continueToAnotherSiteIsIgnored() {
        TestAccounts.Person person = TestAccounts.member(registration, "Redirect Person");
        for (String target : new String[]{"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                "/\tevil"}) {
            WebClientSession browser = new WebClientSession(port);
            Page form = browser.get("/sign-in");
            Page answer = browser.postNoFollow("/sign-in", fields("email", person.email(), "password", person.password(),
                    "continue", target, "_csrf", form.csrf()));
            assertThat(answer.status()).as(target).isEqualTo(302);
            assertThat(answer.location()).as(target).isIn("/", "http://localhost:" + port + "/");
        }
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameMessage() {
        TestAccounts.Person person = TestAccounts.member(registration, "Known Person");

        Page wrongPassword = new WebClientSession(port).signIn(person.email(), "not the password at all");
        Page unknownAddress = new WebClientSession(port).signIn(TestAccounts.uniqueEmail("nobody"), "not the password at all");
        Page malformed = new WebClientSession(port).signIn("not an address", "not the password at all");

        for (Page page : new Page[]{wrongPassword, unknownAddress, malformed}) {
            assertThat(page.path()).startsWith("/sign-in");
            assertThat(page.text()).contains(PasswordSignIn.SAME_MESSAGE_FOR_EVERY_FAILURE)
                    .doesNotContain("confirm your e-mail");
        }
        assertThat(errorParagraph(wrongPassword)).isEqualTo(errorParagraph(unknownAddress));
    }

    @Test
    void unverifiedAddressIsMentionedOnlyAfterTheRightPasswordAndANewLinkCanBeSent() {
        String email = TestAccounts.uniqueEmail("unverified");
        openSignUp.register(new AccountRegistration.NewAccount(email, TestAccounts.PASSWORD, "Unverified Person", "",
                "INDIVIDUAL", "", "", java.util.List.of(), ""));

        Page wrong = new WebClientSession(port).signIn(email, "not the password at all");
        assertThat(wrong.text()).contains(PasswordSignIn.SAME_MESSAGE_FOR_EVERY_FAILURE).doesNotContain("confirm");

        WebClientSession browser = new WebClientSession(port);
        Page right = browser.signIn(email, TestAccounts.PASSWORD);
        assertThat(right.text()).contains(EmailNotVerifiedException.MESSAGE).contains("Send me a new confirmation link");
        assertThat(browser.get("/account").path()).startsWith("/sign-in");

        int linksBefore = verificationLinks(email);
        Page resent = browser.post("/sign-in/resend-verification", Map.of("_csrf", right.csrf()));
        assertThat(resent.text()).contains("We sent a new confirmation link");
        assertThat(verificationLinks(email)).isEqualTo(linksBefore + 1);
    }

    @Test
    void tooManyFailuresForOneAccountAreThrottledWithAClearMessageEvenForTheRightPassword() {
        TestAccounts.Person person = TestAccounts.member(registration, "Throttled Person");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            new WebClientSession(port).signIn(person.email(), "wrong password number " + i);
        }
        Page blocked = new WebClientSession(port).signIn(person.email(), person.password());
        assertThat(blocked.path()).startsWith("/sign-in");
        assertThat(blocked.text()).contains(PasswordSignIn.THROTTLED);

        // an unknown address is throttled the same way, so throttling reveals nothing either
        String nobody = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            new WebClientSession(port).signIn(nobody, "wrong password number " + i);
        }
        assertThat(new WebClientSession(port).signIn(nobody, "another one").text()).contains(PasswordSignIn.THROTTLED);

        // someone else signs in from the same address meanwhile
        TestAccounts.Person other = TestAccounts.member(registration, "Unthrottled Person");
        assertThat(new WebClientSession(port).signIn(other.email(), other.password()).path()).isEqualTo("/");
    }

    @Test
    void tooManyFailuresFromOneClientAddressAreThrottled() {
        TestAccounts.Person person = TestAccounts.member(registration, "Address Throttled");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            // a different address each time, as a guesser trying many accounts would
            new WebClientSession(port).signIn(TestAccounts.uniqueEmail("guess"), "wrong password");
        }
        Page blocked = new WebClientSession(port).signIn(person.email(), person.password());
        assertThat(blocked.text()).contains(PasswordSignIn.THROTTLED);
    }

    @Test
    void signOutEndsTheSession() {
        TestAccounts.Person person = TestAccounts.member(registration, "Leaving Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());
        assertThat(browser.get("/account").status()).isEqualTo(200);
        browser.signOut();
        assertThat(browser.get("/account").path()).startsWith("/sign-in");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedAndChangesNothing() {
        TestAccounts.Person person = TestAccounts.member(registration, "Csrf Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());

        Page refused = browser.postNoFollow("/account/profile", fields("displayName", "Changed By Forgery"));
        assertThat(refused.status()).isEqualTo(403);
        Page wrongToken = browser.postNoFollow("/account/profile", fields("displayName", "Changed By Forgery", "_csrf", "guess"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Csrf Person");
    }

    private int verificationLinks(String email) {
        return db.sql("select count(*) from identity.link_tokens where purpose = 'VERIFY_EMAIL' and email = ?")
                .param(email).query(Integer.class).single();
    }

    private static String errorParagraph(Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"error\"[^>]*>([^<]*)</p>").matcher(page.body());
        return m.find() ? m.group(1) : null;
    }
}
