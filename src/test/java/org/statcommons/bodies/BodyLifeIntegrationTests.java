package org.statcommons.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A body's life (issue 11): its members propose and decide its decisions, it is invited to meetings as a body, its
 * page lists both, and its seats are kept over the API.
 */
@StatCommonsIntegrationTest
class BodyLifeIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    /** A community with a Steering Committee of two organisations: three seat holders, and people outside it. */
    record Committee(
            Community community,
            Account keeper,
            Account representative,
            Account alternate,
            Account ministryRepresentative,
            Account outsider,
            Account organiser,
            long body,
            long office,
            long ministry,
            long unseated,
            String suffix) {

        String bodyPage() {
            return "/c/" + community.slug() + "/bodies/" + body;
        }

        String decisions() {
            return "/c/" + community.slug() + "/decisions";
        }

        String api() {
            return "/api/v1/communities/" + community.slug() + "/bodies";
        }
    }

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll("[?].*$", "").replaceAll(".*/(\\d+)$", "$1"));
    }

    private static long organisation(Visitor secretariat, String name) {
        Page created = secretariat.submitNoFollow(
                "/organisations/new",
                "/organisations",
                fields("name", name, "kind", "NATIONAL_STATISTICAL_OFFICE", "country", "FJ"));
        assertThat(created.status()).isEqualTo(302);
        return idAtEnd(created.location());
    }

    private Committee committee() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Account keeper = fixtures.account("Keeper " + suffix, PlatformRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(keeper);
        long office = organisation(secretariat, "Fiji Bureau " + suffix);
        long ministry = organisation(secretariat, "Fiji Ministry " + suffix);
        long unseated = organisation(secretariat, "Fiji Bank " + suffix);
        Community community =
                fixtures.community("Body life " + suffix, org.statcommons.access.JoinPolicy.BY_REQUEST, keeper);
        String members = "/c/" + community.slug() + "/organisations";
        for (long organisation : List.of(office, ministry, unseated)) {
            secretariat.submit(members, members, fields("organisationId", organisation));
        }
        Account representative = fixtures.member(community, "Rita Rep " + suffix, CommunityRole.MEMBER);
        Account alternate = fixtures.member(community, "Alan Alt " + suffix, CommunityRole.GUEST);
        Account ministryRepresentative = fixtures.member(community, "Mona Min " + suffix, CommunityRole.MEMBER);
        Account outsider = fixtures.member(community, "Otto Out " + suffix, CommunityRole.MEMBER);
        Account organiser = fixtures.member(community, "Fay Facilitator " + suffix, CommunityRole.FACILITATOR);
        String list = "/c/" + community.slug() + "/bodies";
        Page created = secretariat.submit(list, list, fields("name", "Steering Committee", "description", ""));
        long body = idAtEnd(created.path());
        String seats = list + "/" + body + "/seats";
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
                fields("organisationId", ministry, "representative", ministryRepresentative.email(), "alternate", ""));
        return new Committee(
                community,
                keeper,
                representative,
                alternate,
                ministryRepresentative,
                outsider,
                organiser,
                body,
                office,
                ministry,
                unseated,
                suffix);
    }

    private static String deadline() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(5) + "T12:00:00Z";
    }

    private static java.util.Map<String, Object> decision(String title, String visibility, String electorate) {
        return fields(
                "title",
                title,
                "body",
                "We adopt the workplan.",
                "kind",
                "CONSENT",
                "deadline",
                deadline(),
                "visibility",
                visibility,
                "tallyShown",
                "AFTER_VOTING",
                "electorate",
                electorate);
    }

    @Test
    void aBodysDecisionIsProposedAndDecidedByItsMembersOnlyAndListedOnItsPage() {
        Committee c = committee();
        String electorate = "body:" + c.body();
        Visitor rita = fixtures.signedIn(c.representative());
        Visitor otto = fixtures.signedIn(c.outsider());

        assertThat(rita.get(c.decisions() + "/new").text()).contains("The members of Steering Committee");
        assertThat(otto.get(c.decisions() + "/new").text())
                .as("a member outside the body is not offered it")
                .doesNotContain("The members of Steering Committee");
        assertThat(rita.get(c.bodyPage()).text()).contains("Propose a decision to this body");
        assertThat(otto.get(c.bodyPage()).text()).doesNotContain("Propose a decision to this body");
        assertThat(rita.get(c.decisions() + "/new?electorate=" + electorate).body())
                .contains("value=\"" + electorate + "\" selected");

        Page refused =
                otto.submit(c.decisions() + "/new", c.decisions(), decision("Otto's idea", "PUBLIC", electorate));
        assertThat(refused.status()).isEqualTo(403);
        Page unknown = rita.submit(c.decisions() + "/new", c.decisions(), decision("Lost", "PUBLIC", "body:987654321"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("There is no body “body:987654321” in this community.");
        Page typo = rita.submit(c.decisions() + "/new", c.decisions(), decision("Typo", "PUBLIC", "body:x"));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(db.sql("select count(*) from decisions.decisions where community_id = ?")
                        .param(c.community().id())
                        .query(Integer.class)
                        .single())
                .as("nothing saved")
                .isZero();

        Page proposed = rita.submitNoFollow(
                c.decisions() + "/new", c.decisions(), decision("Adopt the 2027 workplan", "PUBLIC", electorate));
        assertThat(proposed.status()).isEqualTo(302);
        long id = idAtEnd(proposed.location());
        String page = c.decisions() + "/" + id;
        assertThat(db.sql("select account_id from decisions.eligible where decision_id = ?")
                        .param(id)
                        .query(Long.class)
                        .list())
                .as("the body's representatives and alternates, snapshotted")
                .containsExactlyInAnyOrder(
                        c.representative().id(),
                        c.alternate().id(),
                        c.ministryRepresentative().id());

        Page outsiderVote = otto.submit(page, page + "/vote", fields("choice", "AGREE"));
        assertThat(outsiderVote.status()).isEqualTo(403);
        Page alternateVote = fixtures.signedIn(c.alternate()).submit(page, page + "/vote", fields("choice", "AGREE"));
        assertThat(alternateVote.text()).contains("Your vote is recorded", "1 of 3");
        assertThat(fixtures.anonymous().get(page).text()).contains("Decided by Steering Committee");
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities/" + c.community().slug() + "/decisions/" + id, null)
                        .body())
                .contains("\"decidedBy\":{\"id\":" + c.body() + ",\"name\":\"Steering Committee\"}");

        // the secretariat, without a seat, may propose to the body too; a members-only one is for members' eyes
        Page secret = fixtures.signedIn(c.keeper())
                .submitNoFollow(
                        c.decisions() + "/new", c.decisions(), decision("Confidential budget", "MEMBERS", electorate));
        assertThat(secret.status()).isEqualTo(302);

        String anonymousBody = fixtures.anonymous().get(c.bodyPage()).text();
        assertThat(anonymousBody)
                .contains("Adopt the 2027 workplan — open until")
                .doesNotContain("Confidential budget");
        assertThat(otto.get(c.bodyPage()).text()).contains("Adopt the 2027 workplan", "Confidential budget");

        rita.submit(page, page + "/close", fields("statement", "Adopted by consent."));
        assertThat(fixtures.anonymous().get(c.bodyPage()).text()).contains("Adopt the 2027 workplan — adopted");
        assertThat(fixtures.anonymous().get(c.decisions()).text())
                .contains("Adopt the 2027 workplan")
                .contains("Decided by Steering Committee");
        assertThat(fixtures.anonymous().get(c.decisions() + ".atom?lang=fr").body())
                .as("the public log's feed says who decided, in the feed's language")
                .contains("Adopt the 2027 workplan", "Décidée par Steering Committee");
    }

    @Test
    void aMeetingInvitedAsABodyReachesEverySeatHolderAndIsListedOnTheBodysPage() {
        Committee c = committee();
        Visitor fay = fixtures.signedIn(c.organiser());
        String meetings = "/c/" + c.community().slug() + "/meetings";
        assertThat(fay.get(meetings + "/new").text()).contains("A body (its representatives and alternates):");
        assertThat(fay.get(c.bodyPage()).text()).contains("Propose a meeting of this body");
        assertThat(fay.get(meetings + "/new?invite=BODY&bodyId=" + c.body()).body())
                .contains("value=\"BODY\" checked");

        String candidate = LocalDate.now(ZoneOffset.UTC).plusDays(9) + " 10:00";
        java.util.function.BiFunction<String, Object, Page> propose = (invite, bodyId) -> fay.submitNoFollow(
                meetings + "/new",
                meetings + "/new",
                fields(
                        "title", "Committee meeting " + c.suffix(),
                        "kind", "FORMAL",
                        "duration", "60",
                        "onlineLink", "https://meet.example.org/sc",
                        "place", "",
                        "agenda", "1. Workplan",
                        "candidates", candidate,
                        "invite", invite,
                        "bodyId", bodyId));
        Page noBody = propose.apply("BODY", "");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(fay.submit(meetings + "/new", meetings + "/new", fields("invite", "BODY", "title", "x"))
                        .text())
                .contains("Choose the body to invite.");
        Page otherBody = propose.apply("BODY", 987_654_321L);
        assertThat(otherBody.status()).isEqualTo(400);
        assertThat(db.sql("select count(*) from meetings.meetings where community_id = ?")
                        .param(c.community().id())
                        .query(Integer.class)
                        .single())
                .isZero();

        Page created = propose.apply("BODY", c.body());
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = idAtEnd(created.location());
        assertThat(db.sql("select account_id from meetings.invitees where meeting_id = ?")
                        .param(id)
                        .query(Long.class)
                        .list())
                .as("every seat holder, and the organiser; no one else")
                .containsExactlyInAnyOrder(
                        c.representative().id(),
                        c.alternate().id(),
                        c.ministryRepresentative().id(),
                        c.organiser().id());

        assertThat(fixtures.bearer(fixtures.token(c.organiser()))
                        .api("GET", meetings.replace("/c/", "/api/v1/communities/") + "/" + id, null)
                        .body())
                .contains("\"bodyId\":" + c.body());
        assertThat(fixtures.signedIn(c.outsider()).get(c.bodyPage()).text())
                .contains("Meetings", "Committee meeting " + c.suffix());
        assertThat(fixtures.anonymous().get(c.bodyPage()).text())
                .as("meetings are for members")
                .doesNotContain("Committee meeting " + c.suffix());
    }

    @Test
    void theApiListsShowsAndKeepsABodysSeatsAndRefusesEveryoneElse() {
        Committee c = committee();
        Visitor anonymous = fixtures.anonymousApi();
        Visitor member = fixtures.bearer(fixtures.token(c.outsider()));
        Visitor seated = fixtures.bearer(fixtures.token(c.representative()));
        Visitor secretariat = fixtures.bearer(fixtures.token(c.keeper()));
        String body = c.api() + "/" + c.body();

        Page list = anonymous.api("GET", c.api(), null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"Steering Committee\"", "\"seats\":2");
        Page shown = anonymous.api("GET", body, null);
        assertThat(shown.body())
                .contains(c.representative().displayName(), c.alternate().displayName());
        assertThat(anonymous.api("GET", c.api() + "/987654321", null).status()).isEqualTo(404);
        assertThat(anonymous
                        .api("GET", "/api/v1/communities/no-such-community/bodies", null)
                        .status())
                .isEqualTo(404);

        String seat = body + "/seats/" + c.unseated();
        String holders = "{\"representativeId\":" + c.outsider().id() + "}";
        // an anonymous write without token or session is stopped by the CSRF filter: 403 too
        for (Visitor refused : List.of(anonymous, member, seated)) {
            int expected = 403;
            assertThat(refused.api("POST", c.api(), "{\"name\":\"Audit board\"}")
                            .status())
                    .isEqualTo(expected);
            Page put = refused.api("PUT", seat, holders);
            assertThat(put.status()).isEqualTo(expected);
            assertThat(put.contentType()).contains("application/problem+json");
            assertThat(refused.api("DELETE", body + "/seats/" + c.office(), null)
                            .status())
                    .isEqualTo(expected);
        }

        Page outsideOrganisation = secretariat.api("PUT", body + "/seats/987654321", holders);
        assertThat(outsideOrganisation.status()).isEqualTo(400);
        assertThat(outsideOrganisation.body()).contains("organisationId", "Choose a member organisation");
        Page samePerson = secretariat.api(
                "PUT",
                seat,
                "{\"representativeId\":" + c.outsider().id() + ",\"alternateId\":"
                        + c.outsider().id() + "}");
        assertThat(samePerson.status()).isEqualTo(400);
        assertThat(samePerson.body()).contains("alternateId");
        assertThat(secretariat
                        .api("PUT", seat, "{\"representativeId\":\"many\"}")
                        .status())
                .isEqualTo(400);

        Page filled = secretariat.api("PUT", seat, holders);
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.body())
                .contains("Fiji Bank " + c.suffix(), c.outsider().displayName());
        assertThat(secretariat.api("DELETE", seat, null).status()).isEqualTo(204);
        assertThat(secretariat.api("DELETE", seat, null).status()).isEqualTo(404);

        Page unnamed = secretariat.api("POST", c.api(), "{\"name\":\"\"}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"name\"");
        Page created = secretariat.api("POST", c.api(), "{\"name\":\"Audit board\",\"description\":\"Checks\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"name\":\"Audit board\"", "\"seats\":[]");
        assertThat(secretariat
                        .api("POST", c.api(), "{\"name\":\"audit board\"}")
                        .status())
                .isEqualTo(400);
    }
}
