package org.statcommons.content.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A page's language versions: "Translate this page" (a new page for editors, a proposal for proposers), the
 * language switch with {@code hreflang}, {@code lang} and {@code dir} on the text (Arabic right to left in an
 * English interface), the notice that the original changed with its difference until the translation is marked
 * up to date, and {@code <link rel="alternate" hreflang>} on the public pages.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLanguagesIntegrationTests {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Pages pages;

    @Autowired
    SpaceRepositories repositories;

    Community community;
    String space;
    Visitor facilitator;
    Visitor member;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Languages");
        space = Fixtures.space(community);
        facilitator = fixtures.signedIn(fixtures.member(community, "Amina Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Bola Member", CommunityRole.MEMBER));
    }

    @Test
    void aTranslationFollowsItsOriginalUntilMarkedUpToDate() {
        String form = space + "/-/new";
        facilitator.submit(
                form,
                form,
                fields(
                        "path",
                        "guide",
                        "title",
                        "Census guide",
                        "body",
                        "Count every household.\n",
                        "summary",
                        "",
                        "language",
                        "en"));
        assertThat(facilitator.get(space + "/-/raw/guide").body()).contains("lang: en");

        Page original = facilitator.get(space + "/guide");
        assertThat(original.body())
                .contains("action=\"" + space + "/-/translate/guide\"")
                .contains("<option value=\"ar\" lang=\"ar\">العربية</option>");

        Page translate = facilitator.get(space + "/-/translate/guide?lang=ar");
        assertThat(translate.status()).isEqualTo(200);
        assertThat(translate.body()).contains("value=\"guide.ar.md\"").contains("Count every household.");
        String translatedFrom = value(translate.body(), "translatedFrom");
        assertThat(translatedFrom).matches(COMMIT);
        Page created = facilitator.submit(
                translate.path(),
                form,
                fields(
                        "path",
                        "guide.ar.md",
                        "title",
                        "دليل التعداد",
                        "body",
                        "عُدّ كل أسرة.\n",
                        "summary",
                        "",
                        "translatedFrom",
                        translatedFrom));
        assertThat(created.path()).isEqualTo(space + "/guide.ar");
        assertThat(facilitator.get(space + "/-/raw/guide.ar").body()).contains("translated-from: " + translatedFrom);

        // Arabic text right to left inside an English interface, and a switch to the original
        Page arabic = facilitator.get(space + "/guide.ar");
        assertThat(arabic.body())
                .contains("<html lang=\"en\" dir=\"ltr\"")
                .contains("<h1 lang=\"ar\" dir=\"rtl\">دليل التعداد</h1>")
                .contains("<div lang=\"ar\" dir=\"rtl\">")
                .contains("href=\"" + space + "/guide\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>")
                .contains("aria-current=\"page\" lang=\"ar\" dir=\"rtl\">العربية</strong>")
                .doesNotContain("The original changed since this translation.");
        assertThat(facilitator.get(space + "/guide").body())
                .contains("href=\"" + space + "/guide.ar\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>")
                .doesNotContain("<option value=\"ar\"");

        // the original changes: the translation says so, with the words that changed
        editPage("guide", "Census guide", "Count every person.\n", null);
        Page stale = facilitator.get(space + "/guide.ar");
        assertThat(stale.body())
                .contains("The original changed since this translation.")
                .contains("<del>household</del><ins>person</ins>");

        // an edit that does not say the translation is up to date keeps the recorded version
        editPage("guide.ar", "دليل التعداد", "عُدّ كل شخص.\n", null);
        assertThat(facilitator.get(space + "/-/raw/guide.ar").body()).contains("translated-from: " + translatedFrom);
        assertThat(facilitator.get(space + "/guide.ar").text())
                .contains("The original changed since this translation.");

        // marked up to date: the next save records the original's current version
        Page edit = facilitator.get(space + "/-/edit/guide.ar");
        String now = value(edit.body(), "translatedFrom");
        assertThat(now).matches(COMMIT).isNotEqualTo(translatedFrom);
        editPage("guide.ar", "دليل التعداد", "عُدّ كل شخص حقًا.\n", now);
        assertThat(facilitator.get(space + "/-/raw/guide.ar").body()).contains("translated-from: " + now);
        assertThat(facilitator.get(space + "/guide.ar").text())
                .doesNotContain("The original changed since this translation.");
    }

    @Test
    void aProposerTranslatesThroughAProposal() throws IOException {
        fixtures.page(facilitator, community, "methods", "Methods", "Sampling frames.\n");
        Page redirect = member.getNoFollow(space + "/-/translate/methods?lang=fr");
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.location()).contains("/proposals/new?path=methods.fr.md&title=Methods");
        Page proposal = member.get(redirect.location());
        assertThat(proposal.body()).contains("Sampling frames.").contains("methods.fr.md");
        Page proposed = member.submit(
                proposal.path(),
                "/c/" + community.slug() + "/proposals",
                fields(
                        "path",
                        "methods.fr.md",
                        "title",
                        "Méthodes",
                        "body",
                        "Bases de sondage.\n",
                        "baseCommit",
                        "",
                        "proposalTitle",
                        "Traduction",
                        "proposalDescription",
                        ""));
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.text()).contains("methods.fr").contains("Bases de sondage.");
        // the proposal's page records the original's version, as a translation saved directly does
        String branch = "refs/heads/proposals/"
                + proposed.path().substring(proposed.path().lastIndexOf('/') + 1);
        String tip = repositories
                .open(community.id())
                .orElseThrow()
                .exactRef(branch)
                .getObjectId()
                .name();
        Pages.PageContent translation = pages.read(community.id(), new PageVersion(tip, "methods.fr.md"));
        assertThat(translation.fields().get("translated-from"))
                .isEqualTo(pages.read(community.id(), "methods.md").commitId());
    }

    @Test
    void aLanguageThatIsNotOneIsRefused() {
        fixtures.page(facilitator, community, "refusals", "Refusals", "Text.\n");
        assertThat(facilitator.get(space + "/-/translate/refusals?lang=xx").status())
                .isEqualTo(400);
        assertThat(facilitator.get(space + "/-/translate/refusals?lang=").status())
                .isEqualTo(400);
        Page wrong = facilitator.submit(
                space + "/-/edit/refusals",
                space + "/-/edit/refusals",
                fields("title", "Refusals", "body", "Text.\n", "summary", "", "language", "klingon"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("This is not a language code such as fr, ar or zh-Hans.");
    }

    @Test
    void thePublicPagesNameEachOtherWithHreflang() {
        fixtures.page(facilitator, community, "report", "Report", "Results.\n");
        Page created = facilitator.get(space + "/-/translate/report?lang=es");
        facilitator.submit(
                created.path(),
                space + "/-/new",
                fields(
                        "path",
                        "report.es.md",
                        "title",
                        "Informe",
                        "body",
                        "Resultados.\n",
                        "summary",
                        "",
                        "translatedFrom",
                        value(created.body(), "translatedFrom")));
        publish("report");
        assertThat(fixtures.anonymous()
                        .get("/c/" + community.slug() + "/p/report")
                        .body())
                .doesNotContain("hreflang");
        publish("report.es");
        String slug = community.slug();
        Page spanish = fixtures.anonymous().get("/c/" + slug + "/p/report.es");
        assertThat(spanish.body())
                .containsPattern(
                        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"[^\"]*/c/" + slug + "/p/report\">")
                .containsPattern("<link rel=\"alternate\" hreflang=\"es\" href=\"[^\"]*/c/" + slug + "/p/report.es\">")
                .contains("<article lang=\"es\" dir=\"ltr\">");
        assertThat(fixtures.anonymous().get("/c/" + slug + "/p/report").body())
                .contains("hreflang=\"es\"")
                .contains(">Español</a>");
    }

    private void editPage(String page, String title, String body, String translatedFrom) {
        Page form = facilitator.get(space + "/-/edit/" + page);
        var sent = fields("title", title, "body", body, "summary", "", "baseCommit", value(form.body(), "baseCommit"));
        if (translatedFrom != null) {
            sent.put("translatedFrom", translatedFrom);
        }
        Page saved = facilitator.submit(form.path(), space + "/-/edit/" + page, sent);
        assertThat(saved.status()).isEqualTo(200);
    }

    private void publish(String page) {
        Page shown = facilitator.get(space + "/" + page);
        String version = value(shown.body(), "version");
        assertThat(facilitator
                        .post(space + "/-/publish/" + page, fields("_csrf", shown.csrf(), "version", version))
                        .status())
                .isEqualTo(200);
    }

    /** The value of the first form field with this name. */
    private static String value(String html, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("a field " + name).isTrue();
        return matcher.group(1);
    }
}
