package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Search per language: a page that says its language is found by inflected words of that language (a French page
 * by "recensement" for "recensements"), a page that does not is found by words as written, and a Chinese page by a
 * two-character word inside a sentence, highlighted.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchLanguagesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    /** The Chinese page's address in a result. */
    private static final String TONGJI = "/space/tongji\"";

    Community community;
    Visitor facilitator;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Search languages");
        facilitator = fixtures.signedIn(fixtures.member(community, "Chen Facilitator", CommunityRole.FACILITATOR));
        page("denombrement-fr", "Méthodes", "Les dénombrements des ménages ont lieu tous les dix ans.", "fr");
        page("denombrement-plain", "Notes", "Sur les dénombrements partiels.", "");
        page("tongji", "国家统计局", "国家统计局今天发布了人口普查的主要结果。", "zh");
        page("ihsa", "الإحصاءات", "نشرت الإحصاءات السكانية للمدن الكبرى.", "ar");
        page("households-en", "Households", "Counting households in rural areas.", "en");
    }

    @Test
    void aPageIsFoundByInflectedWordsOfItsLanguage() {
        String found = search("dénombrement");
        assertThat(found).contains("Méthodes").doesNotContain("Notes");
        // unaccented and stemmed: "menage" finds "ménages"
        assertThat(search("menage")).contains("Méthodes");
        // a page that says no language is found by words as written
        assertThat(search("dénombrements")).contains("Méthodes").contains("Notes");
        assertThat(search("household")).contains("Households");
        assertThat(search("السكاني")).contains("الإحصاءات");
    }

    @Test
    void aChinesePageIsFoundByATwoCharacterWord() {
        String found = search("普查");
        assertThat(found).contains(TONGJI).contains("<mark>普查</mark>");
        assertThat(search("统计")).contains("国家<mark>统计</mark>局");
        assertThat(search("人口 结果")).contains(TONGJI);
        assertThat(search("经济")).doesNotContain(TONGJI);
        // Chinese words are looked for in Chinese pages only: a French page with none says nothing
        assertThat(search("统计 人口 普查 结果 主要 发布 今天 国家")).contains(TONGJI);
    }

    private void page(String path, String title, String body, String language) {
        String form = Fixtures.space(community) + "/-/new";
        assertThat(facilitator
                        .submit(
                                form,
                                form,
                                fields("path", path, "title", title, "body", body, "summary", "", "language", language))
                        .status())
                .isEqualTo(200);
    }

    private String search(String query) {
        Visitor.Page answer = facilitator.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(query).isEqualTo(200);
        return answer.body();
    }
}
