package org.statcommons.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.statcommons.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

@StatCommonsIntegrationTest
class AccountIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount registration;

    @Autowired
    Accounts accounts;

    final Mailbox mailbox = new Mailbox(smtp);

    @Test
    void theProfileIsEditedAndShownToSignedInPeopleOnly() {
        TestAccounts.Person person = TestAccounts.member(registration, "Profile Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());

        Page saved = browser.submit("/account", "/account/profile", fields("displayName", "ليلى Profile",
                "organisation", "Bureau of Statistics", "organisationKind", "GOVERNMENT", "country", "EG",
                "timeZone", "Africa/Cairo", "languages", List.of("ar", "fr"), "bio", "Line one\nLine two"));
        assertThat(saved.text()).contains("Your profile is saved.");

        TestAccounts.Person reader = TestAccounts.member(registration, "Reader Person");
        WebClientSession readerBrowser = new WebClientSession(port);
        readerBrowser.signIn(reader.email(), reader.password());
        Page profile = readerBrowser.get("/people/" + person.id());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text()).contains("ليلى Profile").contains("Bureau of Statistics")
                .contains("Other government / line ministry").contains("Egypt").contains("Africa/Cairo")
                .contains("Arabic").contains("French").contains("Line one");
        assertThat(profile.body()).doesNotContain(person.email());

        assertThat(new WebClientSession(port).get("/people/" + person.id()).path()).startsWith("/sign-in");
        assertThat(readerBrowser.get("/people/999999999").status()).isEqualTo(404);
    }

    @Test
    void badProfileInputIsShownNextToTheFieldsAndChangesNothing() {
        TestAccounts.Person person = TestAccounts.member(registration, "Careful Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());
        Page refused = browser.submit("/account", "/account/profile", fields("displayName", "Bad\u202Dname",
                "organisation", "o".repeat(201)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Name contains control characters").contains("Organisation is too long");
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Careful Person");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneKeepsThisSessionAndEndsTheOthers() {
        TestAccounts.Person person = TestAccounts.member(registration, "Changing Person");
        WebClientSession here = new WebClientSession(port);
        WebClientSession elsewhere = new WebClientSession(port);
        here.signIn(person.email(), person.password());
        elsewhere.signIn(person.email(), person.password());
        String fresh = "my second passphrase is longer";

        Page wrong = here.submit("/account", "/account/password", fields("currentPassword", "not my password", "newPassword", fresh));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("Your current password is not right.");

        Page done = here.submit("/account", "/account/password", fields("currentPassword", person.password(), "newPassword", fresh));
        assertThat(done.path()).isEqualTo("/account");
        assertThat(done.text()).contains("Your new password is saved");
        assertThat(here.get("/account").status()).isEqualTo(200);
        assertThat(elsewhere.get("/account").path()).isEqualTo("/sign-in?ended");
        assertThat(mailbox.await(person.email(), "password was changed").body()).contains("/password-reset");
        assertThat(new WebClientSession(port).signIn(person.email(), fresh).path()).isEqualTo("/");
    }

    @Test
    void aNewAddressTakesEffectOnlyWhenItsLinkIsOpenedAndTheOldAddressIsTold() {
        TestAccounts.Person person = TestAccounts.member(registration, "Moving Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());
        String newAddress = TestAccounts.uniqueEmail("moved");

        Page asked = browser.submit("/account", "/account/email", fields("newEmail", newAddress, "currentPassword", person.password()));
        assertThat(asked.text()).contains("We sent a link to " + newAddress);
        assertThat(accounts.byId(person.id()).orElseThrow().email()).isEqualTo(person.email());
        assertThat(mailbox.await(person.email(), "about to change").body()).contains(newAddress);

        String link = mailbox.await(newAddress, "Confirm your new").link("/account/email/confirm/");
        Page confirm = browser.get(link);
        Page done = browser.post(link, Map.of("_csrf", confirm.csrf()));
        assertThat(done.text()).contains("Your e-mail address is now " + newAddress);
        Account moved = accounts.byId(person.id()).orElseThrow();
        assertThat(moved.email()).isEqualTo(newAddress);
        assertThat(moved.emailVerified()).isTrue();
        assertThat(new WebClientSession(port).signIn(newAddress, person.password()).path()).isEqualTo("/");

        assertThat(browser.get(link).status()).isEqualTo(410);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndItsOwnerIsToldInstead() {
        TestAccounts.Person person = TestAccounts.member(registration, "Grabbing Person");
        TestAccounts.Person owner = TestAccounts.member(registration, "Owning Person");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(person.email(), person.password());

        Page asked = browser.submit("/account", "/account/email", fields("newEmail", owner.email(), "currentPassword", person.password()));
        assertThat(asked.text()).contains("We sent a link to " + owner.email());
        assertThat(mailbox.await(owner.email(), "tried to use your address").body()).contains("Nothing was changed");
        assertThat(mailbox.settled(owner.email(), Duration.ofMillis(300))).noneMatch(m -> m.subject().contains("Confirm"));
        assertThat(accounts.byId(person.id()).orElseThrow().email()).isEqualTo(person.email());

        Page same = browser.submit("/account", "/account/email", fields("newEmail", person.email().toUpperCase(),
                "currentPassword", person.password()));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.text()).contains("This is already your e-mail address.");

        Page wrongPassword = browser.submit("/account", "/account/email", fields("newEmail", TestAccounts.uniqueEmail("x"),
                "currentPassword", "wrong"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.text()).contains("Your current password is not right.");
        assertThat(accounts.byEmail(new EmailAddress(person.email()))).isPresent();
    }
}
