package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

/**
 * Links to pages that do not exist offer what each reader can do about it: editors create the page, members propose
 * it, guests read that it does not exist yet, the public reads the words alone; and "Publish this version" sits with
 * the page's actions, above its files.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingPagesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    Community community;
    String space;
    Visitor editor;
    Visitor member;
    Visitor guest;
    Visitor founder;

    @BeforeAll
    void setUp() {
        Account founderAccount = fixtures.account("Missing founder", PlatformRole.SECRETARIAT);
        community = fixtures.community("Missing", JoinPolicy.BY_INVITATION, founderAccount);
        founder = fixtures.signedIn(founderAccount);
        space = Fixtures.space(community);
        editor = fixtures.signedIn(fixtures.member(community, "Ed Itor", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Mem Ber", CommunityRole.MEMBER));
        Account guestAccount = fixtures.account("Gu Est");
        fixtures.joinAsGuest(community, guestAccount, 10);
        guest = fixtures.signedIn(guestAccount);
        fixtures.page(
                editor,
                community,
                "methods/overview",
                "Overview",
                "See [[Data sources]], [[Overview]] and [the glossary](glossary.md).\n");
    }

    @Test
    void editorsGetALinkThatCreatesTheMissingPage() {
        Page page = editor.get(space + "/methods/overview");
        assertThat(page.body())
                .contains("href=\"/c/" + community.slug()
                        + "/space/-/new?path&#61;methods%2Fdata-sources.md&amp;title&#61;Data&#43;sources\"")
                .contains("href=\"/c/" + community.slug()
                        + "/space/-/new?path&#61;methods%2Fglossary.md&amp;title&#61;the&#43;glossary\"")
                .contains("title=\"This page does not exist yet: create it\"")
                .contains("href=\"/c/" + community.slug() + "/space/methods/overview\"");
        Page form = editor.get(space + "/-/new?path=methods%2Fdata-sources.md&title=Data+sources");
        assertThat(form.body()).contains("value=\"methods/data-sources.md\"", "value=\"Data sources\"");
    }

    @Test
    void membersWhoMayNotEditProposeTheMissingPage() {
        Page page = member.get(space + "/methods/overview");
        assertThat(page.body())
                .contains("href=\"/c/" + community.slug()
                        + "/proposals/new?path&#61;methods%2Fdata-sources.md&amp;title&#61;Data&#43;sources\"")
                .doesNotContain("/space/-/new?path");
        Page form = member.get(
                "/c/" + community.slug() + "/proposals/new?path=methods%2Fdata-sources.md&title=Data+sources");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"methods/data-sources.md\"", "value=\"Data sources\"");
    }

    @Test
    void guestsReadThatThePageDoesNotExistYet() {
        Page page = guest.get(space + "/methods/overview");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Data sources (this page does not exist yet)");
        assertThat(page.body()).doesNotContain("/-/new?path", "/proposals/new?path");
    }

    @Test
    void publishingSitsWithThePageActionsAboveTheFiles() {
        Page page = founder.get(space + "/methods/overview");
        assertThat(page.body()).contains("Publish this version", "id=\"files\"");
        assertThat(page.body().indexOf("Publish this version"))
                .isLessThan(page.body().indexOf("<h1"))
                .isLessThan(page.body().indexOf("id=\"files\""));
    }
}
