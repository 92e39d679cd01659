package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class SignUpIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    IdentitySettings settings;

    @Autowired
    Accounts accounts;

    @Autowired
    CreateAccount registration;

    final Mailbox mailbox = new Mailbox(smtp);

    @AfterEach
    void closeSignUp() {
        settings.setSignUpPolicy(SignUpPolicy.INVITATION_ONLY);
    }

    @Test
    void openSignUpCreatesAnUnverifiedAccountWhoseLinkVerifiesAndSignsIn() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        String email = Fixtures.uniqueEmail("newcomer");
        Visitor browser = fixtures.anonymous();

        Page answer = signUp(browser, email, "Newcomer Person");
        assertThat(answer.text()).contains("Check your e-mail");
        Account created = accounts.byEmail(new EmailAddress(email)).orElseThrow();
        assertThat(created.emailVerified()).isFalse();
        assertThat(fixtures.anonymous().signIn(email, Fixtures.PASSWORD).text())
                .contains(EmailNotVerifiedException.MESSAGE.english());

        // the profile's first language is Arabic and its interface language "Automatic": StatCommons speaks Arabic
        // to them, in its e-mails too
        Mailbox.Mail mail = mailbox.await(email, "أكّد عنوان بريدك الإلكتروني");
        assertThat(mail.language()).isEqualTo("ar");
        String link = mail.link("/sign-up/verify/");
        Page confirm = browser.get(link);
        assertThat(confirm.text()).contains("Confirm my address");
        Page home = browser.post(link, Map.of("_csrf", confirm.csrf()));
        assertThat(home.path()).isEqualTo("/?welcome");
        assertThat(browser.get("/account").text()).contains(email);
        assertThat(accounts.byId(created.id()).orElseThrow().emailVerified()).isTrue();

        Page again = fixtures.anonymous().get(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text()).contains("This link has already been used.");
    }

    @Test
    void signingUpWithATakenAddressLooksTheSameAndTellsTheOwner() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        Account owner = fixtures.account("Owner Person");
        String fresh = Fixtures.uniqueEmail("fresh");

        Page forTaken = signUp(fixtures.anonymous(), owner.email().toUpperCase(), "Impostor Person");
        Page forFresh = signUp(fixtures.anonymous(), fresh, "Fresh Person");

        assertThat(forTaken.status()).isEqualTo(forFresh.status()).isEqualTo(200);
        assertThat(forTaken.body()).isEqualTo(forFresh.body());
        assertThat(mailbox.await(owner.email(), "tried to create").body()).contains("/password-reset");
        assertThat(accounts.byEmail(new EmailAddress(owner.email()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Owner Person");
    }

    @Test
    void byInvitationOnlyTheSignUpPageSaysSoAndCreatesNothing() {
        settings.setSignUpPolicy(SignUpPolicy.INVITATION_ONLY);
        Visitor browser = fixtures.anonymous();
        Page page = browser.get("/sign-up");
        assertThat(page.text()).contains("by invitation only");
        assertThat(browser.get("/sign-in").body()).doesNotContain("href=\"/sign-up\"");

        String email = Fixtures.uniqueEmail("closed");
        Page refused = browser.post(
                "/sign-up",
                fields(
                        "_csrf",
                        browser.csrfToken(),
                        "email",
                        email,
                        "password",
                        Fixtures.PASSWORD,
                        "displayName",
                        "Closed Person"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(accounts.byEmail(new EmailAddress(email))).isEmpty();
    }

    @Test
    void passwordsMustBeLongUncommonAndNotContainTheAddress() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        String email = Fixtures.uniqueEmail("rules");
        assertRefused(email, "short pass", "Rules Person", "at least 12 characters");
        assertRefused(email, "password1234", "Rules Person", "most commonly used");
        assertRefused(email, "mine is " + email.toUpperCase() + "!", "Rules Person", "must not contain your e-mail");
        assertThat(accounts.byEmail(new EmailAddress(email))).isEmpty();
    }

    @Test
    void malformedAndCaseVariantAddressesAreHandled() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        for (String bad : new String[] {
            "",
            "no-at-sign",
            "two@@example.org",
            "Name <x@example.org>",
            "x@localhost",
            "line\nbreak@example.org",
            "a".repeat(250) + "@example.org"
        }) {
            Page page = signUp(fixtures.anonymous(), bad, "Bad Address");
            assertThat(page.status()).as(bad).isEqualTo(400);
            assertThat(page.text())
                    .as(bad)
                    .containsAnyOf("not a valid e-mail address", "E-mail address is required", "without a name");
        }

        String mixed = "Mixed.Case-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@Example.ORG";
        signUp(fixtures.anonymous(), mixed, "Mixed Case");
        Account stored = accounts.byEmail(EmailAddress.parse("email", mixed.toLowerCase()))
                .orElseThrow();
        assertThat(stored.email()).isEqualTo(mixed.toLowerCase());

        // the unique index ignores case: a second account for the same address cannot exist
        assertThatThrownBy(() -> registration.create(
                        new AccountForm(mixed, Fixtures.PASSWORD, "Twin", "", "INDIVIDUAL", "", "", List.of(), "")
                                .newAccount(EmailAddress.parse("email", mixed.toUpperCase())),
                        PlatformRole.NONE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void namesInAnyScriptAreAcceptedButControlAndBidiOverrideCharactersAreNot() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        String arabic = "فاطمة الزهراء";
        String arabicEmail = Fixtures.uniqueEmail("arabic");
        assertThat(signUp(fixtures.anonymous(), arabicEmail, arabic).status()).isEqualTo(200);
        assertThat(accounts.byEmail(new EmailAddress(arabicEmail)).orElseThrow().displayName())
                .isEqualTo(arabic);

        String decomposed = "Jose\u0301 Nu\u0301n\u0303ez";
        String combiningEmail = Fixtures.uniqueEmail("combining");
        assertThat(signUp(fixtures.anonymous(), combiningEmail, decomposed).status())
                .isEqualTo(200);
        assertThat(accounts.byEmail(new EmailAddress(combiningEmail))
                        .orElseThrow()
                        .displayName())
                .isEqualTo(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC))
                .isEqualTo("José Núñez");

        String email = Fixtures.uniqueEmail("badname");
        assertRefused(email, Fixtures.PASSWORD, "Evil\u202Egnp.exe", "control characters");
        assertRefused(email, Fixtures.PASSWORD, "Tab\u0007Bell", "control characters");
        assertRefused(email, Fixtures.PASSWORD, "x".repeat(101), "too long");
        assertRefused(email, Fixtures.PASSWORD, "   ", "Name is required");
        assertThat(accounts.byEmail(new EmailAddress(email))).isEmpty();
    }

    @Test
    void oversizedBioAndUnknownChoicesAreRefused() {
        settings.setSignUpPolicy(SignUpPolicy.OPEN);
        String email = Fixtures.uniqueEmail("bio");
        Page page = fixtures.anonymous()
                .submit(
                        "/sign-up",
                        "/sign-up",
                        fields(
                                "email",
                                email,
                                "password",
                                Fixtures.PASSWORD,
                                "displayName",
                                "Bio Person",
                                "bio",
                                "b".repeat(2001),
                                "country",
                                "XX",
                                "timeZone",
                                "Mars/Olympus",
                                "languages",
                                java.util.List.of("en", "zz"),
                                "organisationKind",
                                "SECRET_SOCIETY"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text())
                .contains("Short bio is too long")
                .contains("Choose a country from the list")
                .contains("Choose a time zone from the list")
                .contains("We do not know the language “zz”")
                .contains("Choose a kind of organisation from the list");
        assertThat(accounts.byEmail(new EmailAddress(email))).isEmpty();
        assertThat(mailbox.settled(email, Duration.ofMillis(500))).isEmpty();
    }

    private void assertRefused(String email, String password, String name, String message) {
        Page page = signUp(fixtures.anonymous(), email, name, password);
        assertThat(page.status()).as(name).isEqualTo(400);
        assertThat(page.text()).as(name).contains(message);
    }

    private static Page signUp(Visitor browser, String email, String name) {
        return signUp(browser, email, name, Fixtures.PASSWORD);
    }

    private static Page signUp(Visitor browser, String email, String name, String password) {
        return browser.submit(
                "/sign-up",
                "/sign-up",
                fields(
                        "email",
                        email,
                        "password",
                        password,
                        "displayName",
                        name,
                        "organisation",
                        "Office",
                        "organisationKind",
                        "NATIONAL_STATISTICAL_OFFICE",
                        "country",
                        "JO",
                        "timeZone",
                        "Asia/Amman",
                        "languages",
                        java.util.List.of("ar", "en"),
                        "bio",
                        "Works on census data."));
    }
}
