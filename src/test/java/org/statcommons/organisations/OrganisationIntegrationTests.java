package org.statcommons.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Organisations through the web and the API: the secretariat keeps the records, people claim theirs and are
 * confirmed, a community's member organisations and representatives are shown grouped, and the names people typed
 * before are matched, linked or created from.
 */
@StatCommonsIntegrationTest
class OrganisationIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Organisations organisations;

    private long create(Visitor secretariat, String name, String acronym, String kind, String country) {
        Page created = secretariat.submitNoFollow(
                "/organisations/new",
                "/organisations",
                fields("name", name, "acronym", acronym, "kind", kind, "country", country, "website", ""));
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    private long organisationCount() {
        return db.sql("select count(*) from organisations.organisations")
                .query(Long.class)
                .single();
    }

    @Test
    void theSecretariatKeepsOrganisationsAndACommunityShowsItsMemberOrganisationsByKindAndCountry() {
        Account keeper = fixtures.account("Org keeper", PlatformRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(keeper);
        long before = organisationCount();
        Page refused = secretariat.submit(
                "/organisations/new",
                "/organisations",
                fields("name", " ", "acronym", "", "kind", "SPACESHIP", "country", "ZZ", "website", "ftp://x"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Name is required.")
                .contains("Choose a kind of organisation from the list.")
                .contains("“ZZ” is not a country of the list")
                .contains("The website must be a web address");
        assertThat(organisationCount()).as("nothing saved").isEqualTo(before);

        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Statistics Office " + suffix;
        long office = create(secretariat, name, "SO" + suffix, "NATIONAL_STATISTICAL_OFFICE", "FJ");
        long agency = create(secretariat, "Regional Agency " + suffix, "", "INTERNATIONAL", "international");
        assertThat(organisations.existing(agency).international()).isTrue();
        assertThat(fixtures.anonymous().get("/organisations?q=" + suffix).text())
                .contains("2 organisations")
                .contains(name + " (SO" + suffix + ") National statistical office Fiji")
                .contains("Regional Agency " + suffix
                        + " International or regional organisation International or regional");
        Page duplicate = secretariat.submit(
                "/organisations/new",
                "/organisations",
                fields("name", "statistics   office, " + suffix.toUpperCase(), "kind", "GOVERNMENT", "country", ""));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text()).contains("This name is already the organisation");

        Community community = fixtures.community("Org members", JoinPolicy.BY_REQUEST, keeper);
        Account rep = fixtures.member(community, "Org rep " + suffix, CommunityRole.MEMBER);
        Account outsider = fixtures.account("Org outsider " + suffix);
        String members = "/c/" + community.slug() + "/organisations";
        assertThat(secretariat
                        .submit(members + "?q=" + suffix, members, fields("organisationId", office))
                        .text())
                .contains("is now a member of this community");
        secretariat.submit(members, members, fields("organisationId", agency));
        Page conflict = secretariat.submit(members, members, fields("organisationId", office));
        assertThat(conflict.status()).isEqualTo(409);
        Page notMember = secretariat.submit(
                members,
                members + "/representatives",
                fields("organisationId", office, "representative", outsider.email()));
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.text())
                .contains("No current member is called “" + outsider.email() + "” or has that e-mail address.");
        assertThat(notMember.body())
                .as("the form again, with what was typed")
                .contains("value=\"" + outsider.email() + "\"");
        secretariat.submit(
                members,
                members + "/representatives",
                fields("organisationId", office, "representative", rep.displayName()));

        Page landing = fixtures.anonymous().get("/c/" + community.slug());
        assertThat(landing.text())
                .contains("Member organisations (2)")
                .contains("By kind")
                .contains("National statistical office")
                .contains("By country")
                .contains("Fiji")
                .contains("International or regional")
                .contains(name + " (SO" + suffix + ")")
                .doesNotContain(rep.displayName());
        Page directory = fixtures.signedIn(rep).get("/c/" + community.slug() + "/members");
        assertThat(directory.text())
                .contains("Member organisations (2)")
                .contains(name + " (SO" + suffix + ") — " + rep.displayName());
        assertThat(fixtures.signedIn(rep).get(members).text())
                .contains(rep.displayName())
                .doesNotContain("Add a member organisation");

        String api = "/api/v1/communities/" + community.slug() + "/organisations";
        assertThat(fixtures.anonymousApi().api("GET", api, null).body())
                .contains("\"name\":\"" + name + "\"")
                .contains("\"country\":\"FJ\"")
                .doesNotContain(rep.displayName());
        assertThat(fixtures.bearer(fixtures.token(rep)).api("GET", api, null).body())
                .contains("\"representatives\":[{\"id\":" + rep.id() + ",\"name\":\"" + rep.displayName() + "\"}]");
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/organisations", null)
                        .body())
                .contains(name);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/organisations/" + office, null)
                        .body())
                .contains("\"communities\":[\"" + community.slug() + "\"]")
                .contains("\"people\":[]");
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/organisations/987654321", null)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.anonymous().get("/organisations/" + office).text())
                .contains(community.name())
                .contains("Sign in to see its people.");

        secretariat.submit(members, members + "/" + office + "/remove", fields());
        assertThat(fixtures.anonymous().get("/c/" + community.slug()).text())
                .contains("Member organisations (1)")
                .doesNotContain(name);
    }

    @Test
    void aPersonClaimsTheirOrganisationAndTheSecretariatConfirmsIt() {
        Visitor secretariat = fixtures.signedIn(fixtures.account("Claims keeper", PlatformRole.SECRETARIAT));
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Census Bureau " + suffix;
        long bureau = create(secretariat, name, "", "NATIONAL_STATISTICAL_OFFICE", "WS");
        Account person = fixtures.account("Claimer " + suffix);
        Visitor browser = fixtures.signedIn(person);
        Visitor colleague = fixtures.signedIn(fixtures.account("Colleague " + suffix));

        Page found = browser.get("/account/organisations?q=census+bureau+" + suffix);
        assertThat(found.text()).contains(name).contains("I belong to it");
        assertThat(browser.submit(found.path(), "/account/organisations", fields("organisationId", bureau))
                        .text())
                .contains("a secretariat will confirm it");
        assertThat(browser.submit("/account/organisations", "/account/organisations", fields("organisationId", bureau))
                        .status())
                .isEqualTo(409);
        assertThat(browser.get("/people/" + person.id()).text()).contains(name + " — claimed, awaiting confirmation");
        assertThat(colleague.get("/people/" + person.id()).text()).doesNotContain(name);

        Page queue = secretariat.get("/organisations/manage");
        assertThat(queue.text()).contains(person.displayName() + " → " + name);
        secretariat.submit(
                "/organisations/manage",
                "/organisations/" + bureau + "/people/" + person.id(),
                fields("decision", "confirm", "back", "/organisations/manage"));
        assertThat(colleague.get("/people/" + person.id()).text())
                .contains(name)
                .doesNotContain("claimed");
        assertThat(colleague.get("/organisations/" + bureau).text()).contains(person.displayName());
        assertThat(fixtures.anonymous().get("/organisations/" + bureau).text()).doesNotContain(person.displayName());

        browser.submit("/account/organisations", "/account/organisations/" + bureau + "/withdraw", fields());
        assertThat(colleague.get("/people/" + person.id()).text()).doesNotContain(name);
    }

    @Test
    void typedNamesAreMatchedAndTheOthersListedToLinkOrCreateInOneClick() {
        Account keeper = fixtures.account("Typed keeper", PlatformRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(keeper);
        String suffix = Long.toString(System.nanoTime(), 36);
        // fixtures type "Org of <name>" into each profile
        Account alpha = fixtures.account("Alpha " + suffix);
        Account beta = fixtures.account("Beta " + suffix);
        Community community = fixtures.community("Typed names", JoinPolicy.BY_REQUEST, keeper);
        db.sql("""
                        insert into community.invitations (community_id, email, role, token_hash, invited_by, expires_at, organisation)
                        values (?, ?, 'MEMBER', decode(md5(random()::text), 'hex'), ?, now() + interval '7 days', ?)""")
                .params(community.id(), Fixtures.uniqueEmail("invitee"), keeper.id(), "Gamma Institute " + suffix)
                .update();

        // other tests' people typed hundreds of names: the secretariat finds these by a few of their words
        Page listed = secretariat.get("/organisations/manage?q=" + suffix.toUpperCase());
        assertThat(listed.text())
                .contains("Org of Alpha " + suffix + " 1 profile, 0 invitations")
                .contains("Gamma Institute " + suffix + " 0 profiles, 1 invitation");
        assertThat(secretariat
                        .get("/organisations/manage?q=" + suffix + "-none")
                        .text())
                .contains("No typed name waiting to be linked contains these words.");

        // a record created later, under the same name written differently, matches the typed name: a claim
        long alphaOffice = create(secretariat, "ORG OF ALPHA " + suffix + ".", "", "GOVERNMENT", "FJ");
        assertThat(fixtures.signedIn(alpha).get("/account/organisations").text())
                .contains("ORG OF ALPHA " + suffix + ". — claimed, awaiting confirmation");
        assertThat(secretariat.get("/organisations/manage?q=" + suffix).text())
                .contains(alpha.displayName() + " → ORG OF ALPHA " + suffix)
                .doesNotContain("Org of Alpha " + suffix + " 1 profile");

        // a withdrawn claim is not made again by the next matching
        fixtures.signedIn(alpha)
                .submit("/account/organisations", "/account/organisations/" + alphaOffice + "/withdraw", fields());
        secretariat.get("/organisations/manage");
        assertThat(fixtures.signedIn(alpha).get("/account/organisations").text())
                .contains("No organisation yet.");

        // one click creates the organisation from a typed name, its people confirmed members of it
        Page created = secretariat.submit(
                "/organisations/manage", "/organisations/manage/create", fields("name", "Org of Beta " + suffix));
        assertThat(created.path()).endsWith("/edit");
        assertThat(created.text()).contains("Check its kind and country.");
        long betaOffice = Long.parseLong(created.path().replaceAll(".*/organisations/(\\d+)/edit", "$1"));
        Organisation made = organisations.existing(betaOffice);
        assertThat(made.name()).isEqualTo("Org of Beta " + suffix);
        assertThat(made.kind().name()).isEqualTo("NATIONAL_STATISTICAL_OFFICE");
        assertThat(made.country()).isEqualTo("FJ");
        assertThat(fixtures.signedIn(beta).get("/account/organisations").text())
                .contains("Org of Beta " + suffix + " — confirmed");

        // linking the invitation's name to an organisation; the typed text stays where it was typed
        Page unknown = secretariat.submit(
                "/organisations/manage",
                "/organisations/manage/link",
                fields("name", "Gamma Institute " + suffix, "organisation", "No such body"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("“No such body” names no single organisation");
        secretariat.submit(
                "/organisations/manage",
                "/organisations/manage/link",
                fields("name", "Gamma Institute " + suffix, "organisation", "org of beta " + suffix));
        assertThat(secretariat.get("/organisations/manage?q=" + suffix).text())
                .doesNotContain("Gamma Institute " + suffix + " 0 profiles");
        assertThat(db.sql("select count(*) from community.invitations where organisation = ?")
                        .param("Gamma Institute " + suffix)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
