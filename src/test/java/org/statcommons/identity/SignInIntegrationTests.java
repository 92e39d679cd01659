package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class SignInIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    SignUp signUp;

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
        Account person = fixtures.account("Continue Person");
        Visitor browser = fixtures.anonymous();

        Page asked = browser.getNoFollow("/account/tokens");
        assertThat(asked.location()).endsWith("/sign-in?continue=%2Faccount%2Ftokens");
        Page form = browser.get(asked.location());
        assertThat(form.body()).contains("name=\"continue\"").contains("value=\"/account/tokens\"");

        Page landed = browser.post(
                "/sign-in",
                fields(
                        "email",
                        person.email(),
                        "password",
                        Fixtures.PASSWORD,
                        "continue",
                        "/account/tokens",
                        "_csrf",
                        form.csrf()));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.path()).isEqualTo("/account/tokens");
        assertThat(landed.body()).contains("Personal access tokens");
    }

    @Test
    void continueToAnotherSiteIsIgnored() {
        Account person = fixtures.account("Redirect Person");
        for (String target : new String[] {
            "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "/\tevil"
        }) {
            Visitor browser = fixtures.anonymous();
            Page form = browser.get("/sign-in");
            Page answer = browser.postNoFollow(
                    "/sign-in",
                    fields(
                            "email",
                            person.email(),
                            "password",
                            Fixtures.PASSWORD,
                            "continue",
                            target,
                            "_csrf",
                            form.csrf()));
            assertThat(answer.status()).as(target).isEqualTo(302);
            assertThat(answer.location()).as(target).isIn("/", "http://localhost:" + port + "/");
        }
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameMessage() {
        Account person = fixtures.account("Known Person");

        Page wrongPassword = fixtures.anonymous().signIn(person.email(), "not the password at all");
        Page unknownAddress = fixtures.anonymous().signIn(Fixtures.uniqueEmail("nobody"), "not the password at all");
        Page malformed = fixtures.anonymous().signIn("not an address", "not the password at all");

        for (Page page : new Page[] {wrongPassword, unknownAddress, malformed}) {
            assertThat(page.path()).startsWith("/sign-in");
            assertThat(page.text())
                    .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english())
                    .doesNotContain("confirm your e-mail");
        }
        assertThat(errorParagraph(wrongPassword)).isEqualTo(errorParagraph(unknownAddress));
    }

    @Test
    void unverifiedAddressIsMentionedOnlyAfterTheRightPasswordAndANewLinkCanBeSent() {
        String email = Fixtures.uniqueEmail("unverified");
        signUp.signUp(
                new AccountForm(email, Fixtures.PASSWORD, "Unverified Person", "", "INDIVIDUAL", "", "", List.of(), "")
                        .newAccount());

        Page wrong = fixtures.anonymous().signIn(email, "not the password at all");
        assertThat(wrong.text())
                .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english())
                .doesNotContain("confirm");

        Visitor browser = fixtures.anonymous();
        Page right = browser.signIn(email, Fixtures.PASSWORD);
        assertThat(right.text())
                .contains(EmailNotVerifiedException.MESSAGE.english())
                .contains("Send me a new confirmation link");
        assertThat(browser.get("/account").path()).startsWith("/sign-in");

        int linksBefore = verificationLinks(email);
        Page resent = browser.post("/sign-in/resend-verification", Map.of("_csrf", right.csrf()));
        assertThat(resent.text()).contains("We sent a new confirmation link");
        assertThat(verificationLinks(email)).isEqualTo(linksBefore + 1);
    }

    @Test
    void anUnknownDeviceFacesGrowingDelaysNotALock() {
        Account person = fixtures.account("Delayed Person");
        for (int i = 0; i < SignInThrottler.FREE_FAILURES_PER_EMAIL; i++) {
            assertThat(fixtures.anonymous()
                            .signIn(person.email(), "wrong password number " + i)
                            .text())
                    .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english());
        }
        // even the right password waits now: the wait is not told apart from a wrong one
        Page early = fixtures.anonymous().signIn(person.email(), Fixtures.PASSWORD);
        assertThat(early.path()).startsWith("/sign-in");
        assertThat(secondsToWait(early)).isBetween(1, 2);

        // the wait doubles with each further failure...
        pass(person.email(), Duration.ofSeconds(2));
        fixtures.anonymous().signIn(person.email(), "another wrong one");
        assertThat(secondsToWait(fixtures.anonymous().signIn(person.email(), Fixtures.PASSWORD)))
                .isBetween(3, 4);
        pass(person.email(), Duration.ofSeconds(4));
        fixtures.anonymous().signIn(person.email(), "and another");
        assertThat(secondsToWait(fixtures.anonymous().signIn(person.email(), Fixtures.PASSWORD)))
                .isBetween(7, 8);
        assertThat(failures(person.email()))
                .as("refused attempts are not counted")
                .isEqualTo(7);

        // ...and once it has passed, the right password signs in: no lock
        pass(person.email(), Duration.ofSeconds(8));
        assertThat(fixtures.anonymous()
                        .signIn(person.email(), Fixtures.PASSWORD)
                        .path())
                .isEqualTo("/");

        // an unknown address is slowed the same way, so throttling reveals nothing either
        String nobody = Fixtures.uniqueEmail("nobody");
        for (int i = 0; i < SignInThrottler.FREE_FAILURES_PER_EMAIL; i++) {
            fixtures.anonymous().signIn(nobody, "wrong password number " + i);
        }
        assertThat(secondsToWait(fixtures.anonymous().signIn(nobody, "another one")))
                .isBetween(1, 2);

        // someone else signs in from the same client address meanwhile
        Account other = fixtures.account("Unthrottled Person");
        assertThat(fixtures.anonymous().signIn(other.email(), Fixtures.PASSWORD).path())
                .isEqualTo("/");
    }

    @Test
    void tooManyFailuresFromOneClientAddressSlowItDown() {
        Account person = fixtures.account("Address Throttled");
        for (int i = 0; i < SignInThrottler.FREE_FAILURES_PER_ADDRESS; i++) {
            // a different address each time, as a guesser trying many accounts would
            fixtures.anonymous().signIn(Fixtures.uniqueEmail("guess"), "wrong password");
        }
        Page blocked = fixtures.anonymous().signIn(person.email(), Fixtures.PASSWORD);
        assertThat(blocked.text()).contains("Too many sign-in attempts. Please wait");
    }

    /**
     * Issue 16, F7: anyone could lock a known person out with five wrong passwords. A stranger's 20 wrong
     * attempts now slow the stranger, not the owner at the browser where they signed in before.
     */
    @Test
    void anAttackersWrongPasswordsDoNotStopTheOwnersBrowser() {
        Account owner = fixtures.account("Owner Person");
        Visitor ownersBrowser = fixtures.anonymous();
        assertThat(ownersBrowser.signIn(owner.email(), Fixtures.PASSWORD).path())
                .isEqualTo("/");
        assertThat(ownersBrowser.cookie(DeviceCookieIssuer.NAME))
                .as("a device cookie")
                .isNotBlank();
        ownersBrowser.signOut();

        Visitor attacker = fixtures.anonymous();
        for (int i = 0; i < 20; i++) {
            // the attacker waits out each delay, so that every guess is tried
            pass(
                    owner.email(),
                    SignInThrottler.delayAfter(failures(owner.email()), SignInThrottler.FREE_FAILURES_PER_EMAIL));
            assertThat(attacker.signIn(owner.email(), "guess number " + i).text())
                    .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english());
        }
        assertThat(secondsToWait(attacker.signIn(owner.email(), "one more guess")))
                .as("the attacker waits")
                .isPositive();
        assertThat(secondsToWait(fixtures.anonymous().signIn(owner.email(), Fixtures.PASSWORD)))
                .as("another browser, even with the right password")
                .isPositive();

        Page signedIn = ownersBrowser.signIn(owner.email(), Fixtures.PASSWORD);
        assertThat(signedIn.path()).as("the owner's browser").isEqualTo("/");
        assertThat(ownersBrowser.get("/account").status()).isEqualTo(200);

        // a device cookie altered by hand, or another account's, is no device of this account
        String cookie = ownersBrowser.cookie(DeviceCookieIssuer.NAME);
        Visitor forger = fixtures.anonymous();
        forger.setCookie(
                DeviceCookieIssuer.NAME, (cookie.charAt(0) == 'A' ? 'B' : 'A') + cookie.substring(1), "/sign-in");
        assertThat(secondsToWait(forger.signIn(owner.email(), Fixtures.PASSWORD)))
                .isPositive();
    }

    @Test
    void theOwnersOwnDeviceCookieStillLimitsGuessing() {
        Account owner = fixtures.account("Guessed Person");
        Visitor ownersBrowser = fixtures.signedIn(owner);
        ownersBrowser.signOut();
        // someone at the owner's browser, or with a copy of its cookie
        Visitor copy = fixtures.anonymous();
        copy.setCookie(DeviceCookieIssuer.NAME, ownersBrowser.cookie(DeviceCookieIssuer.NAME), "/sign-in");
        for (int i = 0; i < SignInThrottler.MAX_FAILURES_PER_DEVICE; i++) {
            assertThat(copy.signIn(owner.email(), "guess number " + i).text())
                    .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english());
        }
        assertThat(secondsToWait(fixtures.anonymous().signIn(owner.email(), Fixtures.PASSWORD)))
                .as("the device's failures count for the account too")
                .isPositive();
        assertThat(copy.signIn(owner.email(), "one more guess").text())
                .contains(SignInThrottler.DEVICE_LOCKED.english());
        pass(owner.email(), Duration.ofMinutes(5));
        assertThat(ownersBrowser.signIn(owner.email(), Fixtures.PASSWORD).text())
                .as("the same device, right password")
                .contains(SignInThrottler.DEVICE_LOCKED.english());
    }

    @Test
    void anAddressOfTenThousandRandomLettersIsAnOrdinaryFailure() {
        java.util.Random random = new java.util.Random(7);
        StringBuilder typed = new StringBuilder();
        while (typed.length() < 10_000) {
            typed.append((char) ('a' + random.nextInt(26)));
        }
        // counted by its first 254 characters: the whole would not fit the index (it answered 500)
        Page answer = fixtures.anonymous().signIn(typed.toString(), "not the password at all");
        assertThat(answer.path()).startsWith("/sign-in");
        assertThat(answer.text()).contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english());
    }

    /** As if {@code time} had passed since the failures for this address. */
    private void pass(String email, Duration time) {
        db.sql(
                        "update identity.sign_in_attempts set attempted_at = attempted_at - cast(? as interval) where lower(email) = lower(?)")
                .params(time.toMillis() + 200 + " milliseconds", email)
                .update();
    }

    /** Failures for this address within the throttle's window. */
    private int failures(String email) {
        return db.sql("""
                        select count(*) from identity.sign_in_attempts
                         where lower(email) = lower(?) and not succeeded and attempted_at > now() - interval '15 minutes'""").param(email).query(Integer.class).single();
    }

    /** The seconds the sign-in page asks to wait, or 0 when it asks nothing of the kind. */
    private static int secondsToWait(Page page) {
        Matcher wait = Pattern.compile("Too many sign-in attempts\\. Please wait (\\d+) (seconds?|minutes)")
                .matcher(page.text());
        if (!wait.find()) {
            return 0;
        }
        return Integer.parseInt(wait.group(1)) * (wait.group(2).startsWith("minute") ? 60 : 1);
    }

    @Test
    void signOutEndsTheSession() {
        Account person = fixtures.account("Leaving Person");
        Visitor browser = fixtures.signedIn(person);
        assertThat(browser.get("/account").status()).isEqualTo(200);
        browser.signOut();
        assertThat(browser.get("/account").path()).startsWith("/sign-in");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedAndChangesNothing() {
        Account person = fixtures.account("Csrf Person");
        Visitor browser = fixtures.signedIn(person);

        Page refused = browser.postNoFollow("/account/profile", fields("displayName", "Changed By Forgery"));
        assertThat(refused.status()).isEqualTo(403);
        Page wrongToken =
                browser.postNoFollow("/account/profile", fields("displayName", "Changed By Forgery", "_csrf", "guess"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Csrf Person");
    }

    private int verificationLinks(String email) {
        return db.sql("select count(*) from identity.link_tokens where purpose = 'VERIFY_EMAIL' and email = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }

    private static String errorParagraph(Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"error\"[^>]*>([^<]*)</p>")
                .matcher(page.body());
        return m.find() ? m.group(1) : null;
    }
}
