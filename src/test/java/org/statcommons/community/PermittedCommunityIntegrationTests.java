package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code @Permitted} communities on real routes (discussions, written with it): an unknown community is not
 * found; someone not allowed is refused before anything inside the community is looked up (a sign-in redirect
 * or a 401 problem when not signed in, 403 otherwise); what is inside another community is not found; screens
 * get the community's frame. The answers come from the one error answer, as pages and as problems.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermittedCommunityIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)$");

    @Autowired
    Fixtures fixtures;

    Community community;
    String screens;
    String api;
    long discussion;
    long elsewhere;
    Visitor member;
    Visitor outsider;
    Visitor anonymous;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Permitted");
        screens = "/c/" + community.slug() + "/discussions";
        api = "/api/v1/communities/" + community.slug() + "/discussions";
        member = fixtures.signedIn(fixtures.member(community, "Mika Member", CommunityRole.MEMBER));
        outsider = fixtures.signedIn(fixtures.account("Otto Outsider"));
        anonymous = fixtures.anonymous();
        discussion = start(member, screens, "Inside");
        Community other = fixtures.community("Permitted elsewhere");
        elsewhere = start(
                fixtures.signedIn(fixtures.member(other, "Emi Elsewhere", CommunityRole.MEMBER)),
                "/c/" + other.slug() + "/discussions",
                "Elsewhere");
    }

    private static long start(Visitor who, String base, String title) {
        Page started = who.submitNoFollow(base + "/new", base, fields("title", title, "body", "Text.", "topic", ""));
        Matcher id = DISCUSSION.matcher(started.location());
        assertThat(id.find()).as(started.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void aCommunityThatDoesNotExistIsNotFoundForEveryone() {
        for (Visitor who : new Visitor[] {member, anonymous}) {
            Page screen = who.getNoFollow("/c/no-such-community-xyz/discussions");
            assertThat(screen.status()).isEqualTo(404);
            assertThat(screen.text()).contains("There is no community at this address.");
            JsonNode problem =
                    problem(who.api("GET", "/api/v1/communities/no-such-community-xyz/discussions", null), 404);
            assertThat(problem.path("title").asString()).isEqualTo("Not found");
        }
    }

    @Test
    void someoneNotSignedInIsSentToSignInOnScreensAndGets401FromTheApi() {
        Page screen = anonymous.getNoFollow(screens + "/" + discussion + "?quote=1");
        assertThat(screen.status()).isEqualTo(302);
        assertThat(screen.location())
                .endsWith("/sign-in?continue=%2Fc%2F" + community.slug() + "%2Fdiscussions%2F" + discussion
                        + "%3Fquote%3D1");
        JsonNode problem = problem(anonymous.api("GET", api + "/" + discussion, null), 401);
        assertThat(problem.path("title").asString()).isEqualTo("Not signed in");
    }

    @Test
    void someoneSignedInButNotAllowedGets403() {
        Page screen = outsider.get(screens);
        assertThat(screen.status()).isEqualTo(403);
        assertThat(screen.text()).contains("Not allowed").contains("You may not read this community's discussions.");
        JsonNode problem = problem(outsider.api("GET", api, null), 403);
        assertThat(problem.path("detail").asString()).isEqualTo("You may not read this community's discussions.");
        // a member may read, but not manage
        assertThat(member.submit(screens + "/" + discussion, screens + "/" + discussion + "/close", fields())
                        .status())
                .isEqualTo(403);
        assertThat(problem(member.api("POST", api + "/" + discussion + "/pin", null), 403)
                        .path("detail")
                        .asString())
                .isEqualTo("You may not mark answers, close and pin discussions.");
    }

    @Test
    void theRefusalComesBeforeAnythingInsideTheCommunityIsLookedUp() {
        // an outsider cannot tell a discussion that exists from one that does not: both are refused
        assertThat(outsider.get(screens + "/" + discussion).status()).isEqualTo(403);
        assertThat(outsider.get(screens + "/987654321").status()).isEqualTo(403);
        assertThat(outsider.api("GET", api + "/987654321", null).status()).isEqualTo(403);
        // a member is told "not found" for what does not exist here, even when it exists in another community
        assertThat(member.get(screens + "/" + elsewhere).status()).isEqualTo(404);
        assertThat(problem(member.api("GET", api + "/" + elsewhere, null), 404)
                        .path("detail")
                        .asString())
                .isEqualTo("There is no such discussion in this community.");
        assertThat(member.get(screens + "/" + discussion + "/posts/987654321/history")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void screensCarryTheCommunityFrameAndJsonDoesNot() {
        Page screen = member.get(screens + "/" + discussion);
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.body())
                .contains("aria-current=\"page\">Discussions</a>")
                .contains(">Permitted</a>")
                .contains("href=\"/c/" + community.slug() + "/members\"");
        Page json = member.api("GET", api + "/" + discussion, null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).doesNotContain("viewer").doesNotContain("\"tab\"");
    }

    @Test
    void invalidInputIsAProblemWithItsFieldsAtTheTopLevel() {
        JsonNode problem = problem(member.api("POST", api, "{\"title\":\"\",\"body\":\"\"}"), 400);
        assertThat(problem.path("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.path("instance").asString()).isEqualTo(api);
        assertThat(problem.has("type"))
                .as("about:blank, the default, is left out")
                .isFalse();
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("title");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("Title is required.");
        assertThat(problem.path("errors").get(1).path("field").asString()).isEqualTo("body");
    }

    private static JsonNode problem(Page answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
