package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class AccountIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    final Mailbox mailbox = new Mailbox(smtp);

    @Test
    void theProfileIsEditedAndShownToSignedInPeopleOnly() {
        Account person = fixtures.account("Profile Person");
        Visitor browser = fixtures.signedIn(person);

        Page saved = browser.submit(
                "/account",
                "/account/profile",
                fields(
                        "displayName",
                        "ليلى Profile",
                        "organisation",
                        "Bureau of Statistics",
                        "organisationKind",
                        "GOVERNMENT",
                        "country",
                        "EG",
                        "timeZone",
                        "Africa/Cairo",
                        "languages",
                        List.of("ar", "fr"),
                        "bio",
                        "Line one\nLine two"));
        // Arabic is the first of her languages: the interface now speaks it, from the notice of this save on
        assertThat(saved.text()).contains("حُفظ ملفك الشخصي.");
        assertThat(saved.body()).contains("<html lang=\"ar\" dir=\"rtl\"");

        Account reader = fixtures.account("Reader Person");
        Visitor readerBrowser = fixtures.signedIn(reader);
        Page profile = readerBrowser.get("/people/" + person.id());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text())
                .contains("ليلى Profile")
                .contains("Bureau of Statistics")
                .contains("Other government / line ministry")
                .contains("Egypt")
                .contains("Africa/Cairo")
                .contains("Arabic")
                .contains("French")
                .contains("Line one");
        assertThat(profile.body()).doesNotContain(person.email());

        assertThat(fixtures.anonymous().get("/people/" + person.id()).path()).startsWith("/sign-in");
        assertThat(readerBrowser.get("/people/999999999").status()).isEqualTo(404);
    }

    @Test
    void badProfileInputIsShownNextToTheFieldsAndChangesNothing() {
        Account person = fixtures.account("Careful Person");
        Visitor browser = fixtures.signedIn(person);
        Page refused = browser.submit(
                "/account",
                "/account/profile",
                fields("displayName", "Bad\u202Dname", "organisation", "o".repeat(201)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Name contains control characters").contains("Organisation is too long");
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Careful Person");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneKeepsThisSessionAndEndsTheOthers() {
        Account person = fixtures.account("Changing Person");
        Visitor here = fixtures.anonymous();
        Visitor elsewhere = fixtures.anonymous();
        here.signIn(person.email(), Fixtures.PASSWORD);
        elsewhere.signIn(person.email(), Fixtures.PASSWORD);
        String fresh = "my second passphrase is longer";

        Page wrong = here.submit(
                "/account", "/account/password", fields("currentPassword", "not my password", "newPassword", fresh));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("Your current password is not right.");

        Page done = here.submit(
                "/account", "/account/password", fields("currentPassword", Fixtures.PASSWORD, "newPassword", fresh));
        assertThat(done.path()).isEqualTo("/account");
        assertThat(done.text()).contains("Your new password is saved");
        assertThat(here.get("/account").status()).isEqualTo(200);
        assertThat(elsewhere.get("/account").path()).isEqualTo("/sign-in?ended");
        assertThat(mailbox.await(person.email(), "password was changed").body()).contains("/password-reset");
        assertThat(fixtures.anonymous().signIn(person.email(), fresh).path()).isEqualTo("/");
    }

    @Test
    void aNewAddressTakesEffectOnlyWhenItsLinkIsOpenedAndTheOldAddressIsTold() {
        Account person = fixtures.account("Moving Person");
        Visitor browser = fixtures.signedIn(person);
        String newAddress = Fixtures.uniqueEmail("moved");

        Page asked = browser.submit(
                "/account", "/account/email", fields("newEmail", newAddress, "currentPassword", Fixtures.PASSWORD));
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
        assertThat(fixtures.anonymous().signIn(newAddress, Fixtures.PASSWORD).path())
                .isEqualTo("/");

        assertThat(browser.get(link).status()).isEqualTo(410);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndItsOwnerIsToldInstead() {
        Account person = fixtures.account("Grabbing Person");
        Account owner = fixtures.account("Owning Person");
        Visitor browser = fixtures.signedIn(person);

        Page asked = browser.submit(
                "/account", "/account/email", fields("newEmail", owner.email(), "currentPassword", Fixtures.PASSWORD));
        assertThat(asked.text()).contains("We sent a link to " + owner.email());
        assertThat(mailbox.await(owner.email(), "tried to use your address").body())
                .contains("Nothing was changed");
        assertThat(mailbox.settled(owner.email(), Duration.ofMillis(300)))
                .noneMatch(m -> m.subject().contains("Confirm"));
        assertThat(accounts.byId(person.id()).orElseThrow().email()).isEqualTo(person.email());

        Page same = browser.submit(
                "/account",
                "/account/email",
                fields("newEmail", person.email().toUpperCase(), "currentPassword", Fixtures.PASSWORD));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.text()).contains("This is already your e-mail address.");

        Page wrongPassword = browser.submit(
                "/account",
                "/account/email",
                fields("newEmail", Fixtures.uniqueEmail("x"), "currentPassword", "wrong"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.text()).contains("Your current password is not right.");
        assertThat(accounts.byEmail(new EmailAddress(person.email()))).isPresent();
    }
}
