package org.statcommons.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/** The secretariat sets up a Steering Committee whose seats belong to member organisations. */
@StatCommonsIntegrationTest
class BodyIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Bodies bodies;

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll(".*/(\\d+)$", "$1"));
    }

    private static long organisation(Visitor secretariat, String name) {
        Page created = secretariat.submitNoFollow(
                "/organisations/new",
                "/organisations",
                fields("name", name, "kind", "NATIONAL_STATISTICAL_OFFICE", "country", "WS"));
        assertThat(created.status()).isEqualTo(302);
        return idAtEnd(created.location());
    }

    @Test
    void aSteeringCommitteeHasSeatsOfMemberOrganisationsWithARepresentativeAndAnAlternate() {
        Account keeper = fixtures.account("Body keeper", PlatformRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(keeper);
        String suffix = Long.toString(System.nanoTime(), 36);
        long office = organisation(secretariat, "Samoa Bureau " + suffix);
        long ministry = organisation(secretariat, "Samoa Ministry " + suffix);
        long outside = organisation(secretariat, "Not a member " + suffix);
        Community community = fixtures.community("Bodies", JoinPolicy.BY_REQUEST, keeper);
        String members = "/c/" + community.slug() + "/organisations";
        secretariat.submit(members, members, fields("organisationId", office));
        secretariat.submit(members, members, fields("organisationId", ministry));
        Account representative = fixtures.member(community, "Seat holder " + suffix, CommunityRole.MEMBER);
        Account alternate = fixtures.member(community, "Stand-in " + suffix, CommunityRole.MEMBER);
        Account other = fixtures.member(community, "Ministry rep " + suffix, CommunityRole.MEMBER);
        Account stranger = fixtures.account("Stranger " + suffix);

        String list = "/c/" + community.slug() + "/bodies";
        assertThat(secretariat.submit(list, list, fields("name", " ")).status()).isEqualTo(400);
        Page created = secretariat.submit(list, list, fields("name", "Steering Committee", "description", "Guides"));
        assertThat(created.text()).contains("The body is set up.");
        long body = idAtEnd(created.path());
        Page twice = secretariat.submit(list, list, fields("name", "steering committee"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("This community already has a body called “steering committee”.");

        String seats = list + "/" + body + "/seats";
        Page refused = secretariat.submit(
                created.path(),
                seats,
                fields("organisationId", outside, "representative", stranger.email(), "alternate", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("No current member is called “" + stranger.email() + "” or has that e-mail address.");
        Page outsideOrganisation = secretariat.submit(
                created.path(),
                seats,
                fields("organisationId", outside, "representative", representative.displayName(), "alternate", ""));
        assertThat(outsideOrganisation.status()).isEqualTo(400);
        assertThat(outsideOrganisation.text()).contains("Choose a member organisation of this community.");
        Page samePerson = secretariat.submit(
                created.path(),
                seats,
                fields(
                        "organisationId",
                        office,
                        "representative",
                        representative.email(),
                        "alternate",
                        representative.email()));
        assertThat(samePerson.status()).isEqualTo(400);
        assertThat(samePerson.text()).contains("The alternate must be someone other than the representative.");
        assertThat(bodies.seats(body)).as("nothing saved").isEmpty();

        secretariat.submit(
                created.path(),
                seats,
                fields(
                        "organisationId",
                        office,
                        "representative",
                        representative.email(),
                        "alternate",
                        alternate.email()));
        secretariat.submit(
                created.path(),
                seats,
                fields("organisationId", ministry, "representative", other.email(), "alternate", ""));
        assertThat(bodies.members(body)).containsExactlyInAnyOrder(representative.id(), alternate.id(), other.id());

        Page page = fixtures.anonymous().get(created.path());
        assertThat(page.text())
                .contains("2 seats")
                .contains("Samoa Bureau " + suffix + " " + representative.displayName() + " " + alternate.displayName())
                .contains("Samoa Ministry " + suffix + " " + other.displayName() + " vacant");
        assertThat(fixtures.anonymous().get("/c/" + community.slug()).text()).contains("Bodies Steering Committee");

        secretariat.submit(created.path(), seats + "/" + ministry + "/remove", fields());
        assertThat(bodies.members(body)).containsExactlyInAnyOrder(representative.id(), alternate.id());
        assertThat(bodies.members(987_654_321L)).isEmpty();
    }
}
