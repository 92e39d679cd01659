package org.statcommons.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

@StatCommonsIntegrationTest
class AdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount registration;

    @Autowired
    Accounts accounts;

    @Autowired
    IdentitySettings settings;

    @Autowired
    ChangePlatformRole changePlatformRole;

    @Test
    void onlyAdministratorsReachAdministration() {
        TestAccounts.Person secretariat = TestAccounts.person(registration, "Not An Admin", PlatformRole.SECRETARIAT);
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(secretariat.email(), secretariat.password());
        assertThat(browser.get("/admin").status()).isEqualTo(403);
        assertThat(browser.get("/admin/accounts").status()).isEqualTo(403);
        Page refused = browser.post("/admin/sign-up-policy", fields("_csrf", browser.csrfToken(), "policy", "open"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new WebClientSession(port).get("/admin").path()).startsWith("/sign-in");
    }

    @Test
    void theSignUpPolicyIsToggledAndLinksLeadToTheOutboxAndInvitations() {
        TestAccounts.Person admin = TestAccounts.person(registration, "Policy Admin", PlatformRole.ADMINISTRATOR);
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(admin.email(), admin.password());
        Page overview = browser.get("/admin");
        assertThat(overview.body()).contains("href=\"/admin/outbox\"").contains("href=\"/people/invite\"");

        browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "open"));
        assertThat(settings.signUpPolicy()).isEqualTo(SignUpPolicy.OPEN);
        assertThat(new WebClientSession(port).get("/sign-up").body()).contains("name=\"password\"");
        Page closed = browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "invitation"));
        assertThat(closed.text()).contains("by invitation only");
        assertThat(settings.signUpPolicy()).isEqualTo(SignUpPolicy.INVITATION_ONLY);
        assertThat(browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "everyone")).status()).isEqualTo(400);
    }

    @Test
    void accountsAreSearchedAndGivenPlatformRoles() {
        TestAccounts.Person admin = TestAccounts.person(registration, "Role Admin", PlatformRole.ADMINISTRATOR);
        TestAccounts.Person person = TestAccounts.member(registration, "Searchable Zebra");
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(admin.email(), admin.password());

        Page found = browser.get("/admin/accounts?q=zebra");
        assertThat(found.text()).contains("Searchable Zebra").contains(person.email()).doesNotContain(admin.email());
        assertThat(browser.get("/admin/accounts?q=%25").status()).isEqualTo(200);

        Page set = browser.submit("/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/role",
                fields("role", "SECRETARIAT"));
        assertThat(set.text()).contains("Platform role set to secretariat");
        assertThat(accounts.byId(person.id()).orElseThrow().platformRole()).isEqualTo(PlatformRole.SECRETARIAT);

        WebClientSession promoted = new WebClientSession(port);
        promoted.signIn(person.email(), person.password());
        assertThat(promoted.get("/people/invite").status()).isEqualTo(200);

        assertThat(browser.submit("/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/role",
                fields("role", "KING")).status()).isEqualTo(400);
        assertThat(browser.get("/admin/accounts/999999999").status()).isEqualTo(404);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrSuspended() {
        TestAccounts.Person admin = TestAccounts.person(registration, "Lonely Admin", PlatformRole.ADMINISTRATOR);
        // make this the only active administrator: demote every other one (the guard lets us until one is left)
        accounts.search("", 10_000).stream()
                .filter(a -> a.platformRole() == PlatformRole.ADMINISTRATOR && a.id() != admin.id())
                .forEach(a -> changePlatformRole.change(Actor.account(admin.id(), PlatformRole.ADMINISTRATOR), a.id(), PlatformRole.NONE));
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(admin.email(), admin.password());

        Page demoted = browser.submit("/admin/accounts/" + admin.id(), "/admin/accounts/" + admin.id() + "/role",
                fields("role", "NONE"));
        assertThat(demoted.text()).contains("is the last administrator");
        assertThat(accounts.byId(admin.id()).orElseThrow().platformRole()).isEqualTo(PlatformRole.ADMINISTRATOR);
        Page self = browser.submit("/admin/accounts/" + admin.id(), "/admin/accounts/" + admin.id() + "/suspend", fields());
        assertThat(self.text()).contains("You cannot suspend your own account.");

        TestAccounts.Person second = TestAccounts.person(registration, "Second Admin", PlatformRole.ADMINISTRATOR);
        Page nowFine = browser.submit("/admin/accounts/" + admin.id(), "/admin/accounts/" + second.id() + "/role",
                fields("role", "SECRETARIAT"));
        assertThat(nowFine.text()).contains("Platform role set to secretariat");
    }
}
