package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
class InvitationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    CreateAccount registration;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient db;

    final Mailbox mailbox = new Mailbox(smtp);

    @Test
    void theSecretariatInvitesAndTheInvitedPersonCreatesAVerifiedAccountOnce() {
        Account secretariat = fixtures.account("Secretariat Person", PlatformRole.SECRETARIAT);
        Visitor inviter = fixtures.signedIn(secretariat);
        String email = Fixtures.uniqueEmail("invited");

        Page sent = inviter.submit(
                "/people/invite", "/people/invite", fields("email", email, "message", "Welcome aboard!"));
        assertThat(sent.text()).contains("Invitation sent to " + email).contains(email);

        Mailbox.Mail mail = mailbox.await(email, "invites you");
        assertThat(mail.body()).contains("Welcome aboard!").contains("Secretariat Person");
        String link = mail.link("/sign-up/invitation/");

        Visitor invited = fixtures.anonymous();
        Page form = invited.get(link);
        assertThat(form.text()).contains("You were invited as " + email);
        assertThat(form.body()).doesNotContain("name=\"email\"");

        Page bad = invited.post(
                link,
                fields(
                        "_csrf",
                        form.csrf(),
                        "password",
                        "short",
                        "displayName",
                        "Invited Person",
                        "email",
                        "someone-else@example.org"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("at least 12 characters");

        Page home = invited.post(
                link,
                fields(
                        "_csrf",
                        form.csrf(),
                        "password",
                        Fixtures.PASSWORD,
                        "displayName",
                        "Invited Person",
                        "organisationKind",
                        "INDIVIDUAL",
                        "country",
                        "KE",
                        "languages",
                        List.of("sw", "en"),
                        "email",
                        "someone-else@example.org"));
        assertThat(home.path()).isEqualTo("/?welcome");
        Account created = accounts.byEmail(new EmailAddress(email)).orElseThrow();
        assertThat(created.emailVerified()).isTrue();
        assertThat(created.platformRole()).isEqualTo(PlatformRole.NONE);
        assertThat(accounts.byEmail(new EmailAddress("someone-else@example.org")))
                .isEmpty();
        assertThat(invited.get("/account").text()).contains(email);

        Page reused = fixtures.anonymous().get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.text()).contains("This link has already been used.");
    }

    @Test
    void anInvitationToThePlatformIsWrittenInTheLanguageTheInviterChose() {
        Account secretariat = fixtures.account("Secrétariat Personne", PlatformRole.SECRETARIAT);
        Visitor inviter = fixtures.signedIn(secretariat);
        assertThat(inviter.get("/people/invite").body()).contains("Language of the e-mail", "Français");
        String email = Fixtures.uniqueEmail("invitee-fr");

        inviter.submit(
                "/people/invite",
                "/people/invite",
                fields("email", email, "message", "Bienvenue parmi nous !", "language", "fr"));

        Mailbox.Mail mail = mailbox.await(email, "vous invite sur StatCommons");
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Secrétariat Personne vous invite sur StatCommons");
        assertThat(mail.body())
                .contains(
                        "Secrétariat Personne vous écrit :",
                        "Bienvenue parmi nous !",
                        "Créez votre compte avec ce lien (valable 14 jours) :",
                        "/sign-up/invitation/")
                .doesNotContain("invites you");
    }

    @Test
    void aPendingInvitationIsWithdrawnAndItsLinkSaysSo() {
        Account secretariat = fixtures.account("Sending Secretariat", PlatformRole.SECRETARIAT);
        Account admin = fixtures.account("Withdrawing Admin", PlatformRole.ADMINISTRATOR);
        Account member = fixtures.account("Curious Member");
        Visitor inviter = fixtures.signedIn(secretariat);
        String email = Fixtures.uniqueEmail("withdrawn");
        inviter.submit("/people/invite", "/people/invite", fields("email", email));
        String link = mailbox.await(email, "invites you").link("/sign-up/invitation/");
        long id = db.sql("select id from identity.link_tokens where purpose = 'SIGN_UP_INVITATION' and email = ?")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(inviter.get("/people/invite").body()).contains(email).contains("/people/invite/" + id + "/revoke");

        // someone who may not invite may not withdraw either; the link keeps working
        Visitor plain = fixtures.signedIn(member);
        assertThat(plain.post("/people/invite/" + id + "/revoke", fields("_csrf", plain.csrfToken()))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.anonymous().get(link).status()).isEqualTo(200);

        // anyone who may invite withdraws it, whoever sent it
        Visitor administrator = fixtures.signedIn(admin);
        Page withdrawn = administrator.submit("/people/invite", "/people/invite/" + id + "/revoke", fields());
        assertThat(withdrawn.path()).isEqualTo("/people/invite");
        assertThat(withdrawn.text())
                .contains("Invitation withdrawn; its link no longer works.")
                .doesNotContain(email);
        assertThat(db.sql("select revoked_by from identity.link_tokens where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("who withdrew it is kept")
                .isEqualTo(accounts.byEmail(new EmailAddress(admin.email()))
                        .orElseThrow()
                        .id());

        // the link now says so, for the form and for its submission, and creates nothing
        Visitor invited = fixtures.anonymous();
        Page gone = invited.get(link);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text())
                .contains("This invitation cannot be used")
                .contains("This link was withdrawn; please ask for a new one.");
        Page refused = invited.post(
                link, fields("_csrf", invited.csrfToken(), "password", Fixtures.PASSWORD, "displayName", "Too Late"));
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.text()).contains("This link was withdrawn");
        assertThat(accounts.byEmail(new EmailAddress(email))).isEmpty();

        // withdrawing again is explained
        Page again = administrator.post("/people/invite/" + id + "/revoke", fields("_csrf", administrator.csrfToken()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("no longer waiting");
    }

    @Test
    void invitingSomeoneWhoHasAnAccountOrAMalformedAddressIsExplained() {
        Account admin = fixtures.account("Inviting Admin", PlatformRole.ADMINISTRATOR);
        Account member = fixtures.account("Existing Member");
        Visitor inviter = fixtures.signedIn(admin);

        Page taken = inviter.submit("/admin/invitations", "/admin/invitations", Map.of("email", member.email()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text()).contains("already has a StatCommons account");

        Page malformed = inviter.submit("/admin/invitations", "/admin/invitations", Map.of("email", "not-an-address"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("not a valid e-mail address");
    }

    @Test
    void peopleWithoutAPlatformRoleMayNotInvite() {
        Account member = fixtures.account("Plain Member");
        Visitor browser = fixtures.signedIn(member);
        assertThat(browser.get("/people/invite").status()).isEqualTo(403);
        String email = Fixtures.uniqueEmail("uninvited");
        Page refused = browser.post("/people/invite", fields("_csrf", browser.csrfToken(), "email", email));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get("/people/invite").path()).startsWith("/sign-in");
    }

    @Test
    void createVerifiedTurnsARaceOnTheUniqueAddressIntoAConflict() throws Exception {
        String email = Fixtures.uniqueEmail("race");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the first transaction holds its new row uncommitted, so the second one's existence check misses it
        Thread first = new Thread(() -> transaction.executeWithoutResult(status -> {
            Profile profile = new Profile("First", "", OrganisationKind.INDIVIDUAL, null, null, List.of(), "", null);
            accounts.insert(new EmailAddress(email), true, "not a real hash", profile, PlatformRole.NONE);
            inserted.countDown();
            await(release);
        }));
        first.start();
        await(inserted);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Throwable> second = executor.submit(() -> {
                try {
                    registration.create(
                            new AccountForm(email, Fixtures.PASSWORD, "Second", "", "INDIVIDUAL", "", "", List.of(), "")
                                    .newAccount(new EmailAddress(email.toUpperCase())),
                            PlatformRole.NONE);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(500);
            release.countDown();
            first.join();
            assertThat(second.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already exists");
        } finally {
            executor.shutdown();
        }
        assertThat(accounts.byEmail(new EmailAddress(email)).orElseThrow().displayName())
                .isEqualTo("First");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
