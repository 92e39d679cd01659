package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class AdminIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    IdentitySettings settings;

    @Autowired
    ChangePlatformRole changePlatformRole;

    @Test
    void onlyAdministratorsReachAdministration() {
        Account secretariat = fixtures.account("Not An Admin", PlatformRole.SECRETARIAT);
        Visitor browser = fixtures.signedIn(secretariat);
        assertThat(browser.get("/admin").status()).isEqualTo(403);
        assertThat(browser.get("/admin/accounts").status()).isEqualTo(403);
        Page refused = browser.post("/admin/sign-up-policy", fields("_csrf", browser.csrfToken(), "policy", "open"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get("/admin").path()).startsWith("/sign-in");
    }

    @Test
    void theSignUpPolicyIsToggledAndLinksLeadToTheOutboxAndInvitations() {
        Account admin = fixtures.account("Policy Admin", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);
        Page overview = browser.get("/admin");
        assertThat(overview.body()).contains("href=\"/admin/outbox\"").contains("href=\"/people/invite\"");

        browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "open"));
        assertThat(settings.signUpPolicy()).isEqualTo(SignUpPolicy.OPEN);
        assertThat(fixtures.anonymous().get("/sign-up").body()).contains("name=\"password\"");
        Page closed = browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "invitation"));
        assertThat(closed.text()).contains("by invitation only");
        assertThat(settings.signUpPolicy()).isEqualTo(SignUpPolicy.INVITATION_ONLY);
        assertThat(browser.submit("/admin", "/admin/sign-up-policy", fields("policy", "everyone"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void accountsAreSearchedAndGivenPlatformRoles() {
        Account admin = fixtures.account("Role Admin", PlatformRole.ADMINISTRATOR);
        Account person = fixtures.account("Searchable Zebra");
        Visitor browser = fixtures.signedIn(admin);

        Page found = browser.get("/admin/accounts?q=zebra");
        assertThat(found.text())
                .contains("Searchable Zebra")
                .contains(person.email())
                .doesNotContain(admin.email());
        assertThat(browser.get("/admin/accounts?q=%25").status()).isEqualTo(200);

        Page set = browser.submit(
                "/admin/accounts/" + person.id(),
                "/admin/accounts/" + person.id() + "/role",
                fields("role", "SECRETARIAT"));
        assertThat(set.text()).contains("Platform role set to Secretariat");
        assertThat(accounts.byId(person.id()).orElseThrow().platformRole()).isEqualTo(PlatformRole.SECRETARIAT);

        Visitor promoted = fixtures.signedIn(person);
        assertThat(promoted.get("/people/invite").status()).isEqualTo(200);

        assertThat(browser.submit(
                                "/admin/accounts/" + person.id(),
                                "/admin/accounts/" + person.id() + "/role",
                                fields("role", "KING"))
                        .status())
                .isEqualTo(400);
        assertThat(browser.get("/admin/accounts/999999999").status()).isEqualTo(404);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrSuspended() {
        Account admin = fixtures.account("Lonely Admin", PlatformRole.ADMINISTRATOR);
        // make this the only active administrator: demote every other one (the guard lets us until one is left)
        accounts.search("", 10_000).stream()
                .filter(a -> a.platformRole() == PlatformRole.ADMINISTRATOR && a.id() != admin.id())
                .forEach(a -> changePlatformRole.change(
                        Actor.account(admin.id(), PlatformRole.ADMINISTRATOR), a.id(), PlatformRole.NONE));
        Visitor browser = fixtures.signedIn(admin);

        Page demoted = browser.submit(
                "/admin/accounts/" + admin.id(), "/admin/accounts/" + admin.id() + "/role", fields("role", "NONE"));
        assertThat(demoted.text()).contains("is the last administrator");
        assertThat(accounts.byId(admin.id()).orElseThrow().platformRole()).isEqualTo(PlatformRole.ADMINISTRATOR);
        Page self =
                browser.submit("/admin/accounts/" + admin.id(), "/admin/accounts/" + admin.id() + "/suspend", fields());
        assertThat(self.text()).contains("You cannot suspend your own account.");

        Account second = fixtures.account("Second Admin", PlatformRole.ADMINISTRATOR);
        Page nowFine = browser.submit(
                "/admin/accounts/" + admin.id(),
                "/admin/accounts/" + second.id() + "/role",
                fields("role", "SECRETARIAT"));
        assertThat(nowFine.text()).contains("Platform role set to Secretariat");
    }
}
