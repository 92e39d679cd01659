package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * The community's navigation is rendered once per community, tab and set of rights, and remembered
 * ({@link CommunityNavigation}): a role changed, a community renamed or another tab shows at the very next request,
 * members with the same rights see the same links, and each interface language has its own.
 */
@StatCommonsIntegrationTest
class CommunityNavigationIntegrationTests {

    private static final Pattern NAVIGATION =
            Pattern.compile("<nav class=\"crumbs\".*?<nav class=\"community\".*?</nav>", Pattern.DOTALL);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void aChangedRoleShowsItsLinksAtTheNextRequest() {
        Community community = fixtures.community("Navigation roles", JoinPolicy.BY_REQUEST);
        Account ana = fixtures.member(community, "Ana Member", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Member", CommunityRole.MEMBER);
        Visitor anaSession = fixtures.signedIn(ana);
        Visitor benSession = fixtures.signedIn(ben);
        String space = Fixtures.space(community);

        String asMember = navigation(anaSession.get(space).body());
        assertThat(asMember)
                .contains("href=\"/c/" + community.slug() + "/space\" aria-current=\"page\">Pages</a>")
                .doesNotContain("Manage", "/edit\"");
        assertThat(navigation(benSession.get(space).body())).isEqualTo(asMember);

        role(community, ana, CommunityRole.SECRETARIAT);
        String asSecretariat = navigation(anaSession.get(space).body());
        assertThat(asSecretariat).contains("Manage", "href=\"/c/" + community.slug() + "/edit\">Settings</a>");
        assertThat(navigation(benSession.get(space).body())).isEqualTo(asMember);

        role(community, ana, CommunityRole.MEMBER);
        assertThat(navigation(anaSession.get(space).body())).isEqualTo(asMember);

        fixtures.remove(community, ben);
        assertThat(benSession.getNoFollow(space).status()).isEqualTo(403);
        assertThat(navigation(benSession
                        .get("/c/" + community.slug() + "/code-of-conduct")
                        .body()))
                .doesNotContain(">Pages</a>", ">Members</a>")
                .contains("aria-current=\"page\">Code of conduct</a>");
    }

    @Test
    void aRenamedCommunityAndAnotherTabShowAtOnce() {
        Account founder = fixtures.account("Nav Founder", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Navigation names", JoinPolicy.OPEN, founder);
        Visitor session = fixtures.signedIn(founder);
        String space = Fixtures.space(community);
        assertThat(navigation(session.get(space).body())).contains(">Navigation names</a>");
        assertThat(navigation(
                        session.get("/c/" + community.slug() + "/discussions").body()))
                .contains("aria-current=\"page\">Discussions</a>")
                .doesNotContain("aria-current=\"page\">Pages</a>");

        Visitor.Page renamed = session.submitNoFollow(
                "/c/" + community.slug() + "/edit",
                "/c/" + community.slug() + "/edit",
                Map.of(
                        "name", "Navigation & <names>",
                        "purpose", "Testing navigation",
                        "description", "",
                        "joinPolicy", "OPEN"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(302);
        assertThat(navigation(session.get(space).body()))
                .contains(">Navigation &amp; &lt;names&gt;</a>")
                .doesNotContain(">Navigation names</a>");
    }

    @Test
    void eachLanguageHasItsOwnRememberedNavigation() {
        Community community = fixtures.community("Navigation languages", JoinPolicy.BY_REQUEST);
        Visitor session = fixtures.signedIn(fixtures.member(community, "Lea Member", CommunityRole.MEMBER));
        String space = Fixtures.space(community);

        assertThat(navigation(session.get(space).body())).contains(">Members</a>", ">Communities</a>");
        assertThat(navigation(session.get(space + "?lang=fr").body()))
                .contains(">Membres</a>", ">Communautés</a>")
                .doesNotContain(">Members</a>");
        assertThat(navigation(session.get(space + "?lang=ar").body())).contains(">الأعضاء</a>");
        assertThat(navigation(session.get(space).body())).contains(">Members</a>");
    }

    private void role(Community community, Account account, CommunityRole role) {
        db.sql("update community.memberships set role = ? where community_id = ? and account_id = ?")
                .params(role.name(), community.id(), account.id())
                .update();
    }

    private static String navigation(String page) {
        Matcher matcher = NAVIGATION.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group();
    }
}
