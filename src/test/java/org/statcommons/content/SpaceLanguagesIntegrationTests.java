package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The space's screens in the reader's language: a page, its history, the editor and a proposal, read in Arabic
 * (right to left, the texts from the Arabic bundles, the page's own Latin title isolated) and in Chinese (no English
 * left in the headings and the space's navigation). Without a language the same screens stay English.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceLanguagesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    Community community;
    Visitor facilitator;
    String space;
    long proposal;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Languages of the space");
        Account fia = fixtures.member(community, "Fia Facilitator", CommunityRole.FACILITATOR);
        facilitator = fixtures.signedIn(fia);
        space = Fixtures.space(community);
        fixtures.page(facilitator, community, "guides/linking", "Linking guide", "First step.\n\nSecond step.\n");
        Page posted = facilitator.submitNoFollow(
                "/c/" + community.slug() + "/proposals",
                Map.of(
                        "path", "guides/weights.md",
                        "title", "Weights guide",
                        "body", "How to weigh.\n",
                        "baseCommit", "",
                        "proposalTitle", "Add a weights guide",
                        "proposalDescription", ""));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.location();
        proposal = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String proposalAddress() {
        return "/c/" + community.slug() + "/proposals/" + proposal;
    }

    @Test
    void theSpaceReadsRightToLeftInArabic() {
        Page page = facilitator.get(space + "/guides/linking?lang=ar");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"ar\" dir=\"rtl\"")
                .contains("<h1 dir=\"auto\">Linking guide</h1>")
                .contains("شجرة الصفحات", "سجل المساحة", "من كتب ماذا", "الملفات", "التعليقات", "نشر هذا الإصدار")
                .doesNotContain("Page tree", "Who wrote what", "Publish this version", "Comments</h2>");

        Page history = facilitator.get(space + "/-/history/guides/linking?lang=ar");
        assertThat(history.body())
                .contains("dir=\"rtl\"", "سجل <bdi>Linking guide</bdi>", "متى", "أُنشئت")
                .doesNotContain("History of", ">created<");

        Page editor = facilitator.get(space + "/-/edit/guides/linking?lang=ar");
        assertThat(editor.body())
                .contains("dir=\"rtl\"", "تحرير <bdi>Linking guide</bdi>", "ملخص تغييرك (اختياري)", ">حفظ</button>")
                .doesNotContain("Summary of your change", ">Save</button>");

        Page shown = facilitator.get(proposalAddress() + "?lang=ar");
        assertThat(shown.body())
                .contains("dir=\"rtl\"", "بانتظار المراجعة", "اقترحه <bdi>Fia Facilitator</bdi>", "التغييرات", "النشاط")
                .contains("صفحة جديدة", "القبول والنشر في المساحة")
                .doesNotContain("Waiting for review", "Accept and publish into the space");
    }

    @Test
    void noEnglishIsLeftInTheMainHeadingsInChinese() {
        List<String> addresses = List.of(
                space + "/guides/linking",
                space + "/-/history/guides/linking",
                space + "/-/edit/guides/linking",
                space,
                "/c/" + community.slug() + "/proposals",
                proposalAddress());
        for (String address : addresses) {
            Page page = facilitator.get(address + "?lang=zh");
            assertThat(page.status()).as(address).isEqualTo(200);
            assertThat(page.body()).as(address).contains("<html lang=\"zh-Hans\" dir=\"ltr\"");
            for (String heading : headings(page.body())) {
                // the page's and the proposal's own titles are English here, as their authors wrote them
                String withoutUserText = heading.replace("Linking guide", "")
                        .replace(community.name(), "")
                        .replace("Add a weights guide", "")
                        .replace("guides/weights", "");
                assertThat(withoutUserText).as(address + ": " + heading).doesNotContainPattern("[A-Za-z]{3,}");
            }
            assertThat(page.body())
                    .as(address)
                    .contains("页面树", "空间历史", "提案")
                    .doesNotContain("Page tree", "History of the space", "Broken links");
        }
        assertThat(facilitator.get(space + "/-/history/guides/linking?lang=zh").body())
                .contains("<bdi>Linking guide</bdi> 的历史", "已创建");
        assertThat(facilitator.get(proposalAddress() + "?lang=zh").body()).contains("等待审阅", "新页面", "活动");
    }

    @Test
    void withoutALanguageTheSpaceStaysEnglish() {
        assertThat(facilitator.get(space + "/-/history/guides/linking").body())
                .contains("<html lang=\"en\" dir=\"ltr\"", "History of <bdi>Linking guide</bdi>", ">created<");
        assertThat(facilitator.get(proposalAddress()).body())
                .contains("Waiting for review", "proposed by <bdi>Fia Facilitator</bdi>", "new page");
    }

    /** The text of every h1, h2 and h3 of the page, tags removed. */
    private static List<String> headings(String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher =
                Pattern.compile("<h([123])[^>]*>(.*?)</h\\1>", Pattern.DOTALL).matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(2).replaceAll("<[^>]+>", " ").strip());
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
