package org.statcommons.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * The space's navigation and a page's actions are rendered once per space, page and rights, and remembered
 * ({@link SpaceNavigation}): a changed right shows at the very next request, each page has its own addresses,
 * and readers with the same rights see the same links.
 */
@StatCommonsIntegrationTest
class SpaceNavigationIntegrationTests {

    private static final Pattern SPACE =
            Pattern.compile("<nav class=\"tabs\" aria-label=\"Pages\">.*?</nav>", Pattern.DOTALL);
    private static final Pattern PAGE =
            Pattern.compile("<nav class=\"tabs\" aria-label=\"This page\">.*?</nav>", Pattern.DOTALL);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void aChangedRightShowsAtTheNextRequestAndEachPageHasItsOwnLinks() {
        Community community = fixtures.community("Space navigation");
        Account ana = fixtures.member(community, "Ana Editor", CommunityRole.FACILITATOR);
        Account ben = fixtures.member(community, "Ben Editor", CommunityRole.FACILITATOR);
        Visitor anaSession = fixtures.signedIn(ana);
        Visitor benSession = fixtures.signedIn(ben);
        fixtures.page(anaSession, community, "first", "First", "One.");
        fixtures.page(anaSession, community, "second", "Second", "Two.");
        String first = Fixtures.space(community) + "/first";
        String second = Fixtures.space(community) + "/second";
        String edit = "/c/" + community.slug() + "/space/-/edit/";

        String asEditor = anaSession.get(first).body();
        assertThat(find(PAGE, asEditor)).contains(edit + "first", "Delete").doesNotContain("second");
        assertThat(find(SPACE, asEditor)).contains("/space/-/new\">New page</a>");
        assertThat(find(PAGE, anaSession.get(second).body()))
                .contains(edit + "second")
                .doesNotContain(edit + "first");
        String asOtherEditor = benSession.get(first).body();
        assertThat(find(PAGE, asOtherEditor)).isEqualTo(find(PAGE, asEditor));
        assertThat(find(SPACE, asOtherEditor)).isEqualTo(find(SPACE, asEditor));

        role(community, ana, CommunityRole.MEMBER);
        String asMember = anaSession.get(first).body();
        assertThat(find(PAGE, asMember))
                .contains("Propose a change")
                .doesNotContain(edit + "first", "Delete", "Move or rename");
        assertThat(find(SPACE, asMember))
                .contains("/proposals/new\">New page</a>")
                .doesNotContain("/space/-/new");
        assertThat(find(PAGE, benSession.get(first).body())).isEqualTo(find(PAGE, asEditor));

        role(community, ana, CommunityRole.FACILITATOR);
        assertThat(find(PAGE, anaSession.get(first).body())).isEqualTo(find(PAGE, asEditor));
    }

    private void role(Community community, Account account, CommunityRole role) {
        db.sql("update community.memberships set role = ? where community_id = ? and account_id = ?")
                .params(role.name(), community.id(), account.id())
                .update();
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group();
    }
}
