package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Gap analysis on a framework of its own (so that other tests' courses do not teach it): two offices assess
 * themselves, one again the next year; a level outside the framework is refused with the item named; the gap map's
 * page, SVG, CSV and JSON show a capability no course teaches (a gap) and one taught in English only (a language gap);
 * only an organisation's confirmed people (and the platform's secretariat) reach its assessment.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapAnalysisIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    String code;
    long fiji;
    long samoa;
    Account fijian;
    Account samoan;
    int year;
    Community academy;
    Account facilitator;

    @BeforeAll
    void setUp() {
        code = "GT" + (System.nanoTime() % 1_000_000);
        year = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .getYear();
        Visitor ada = fixtures.signedIn(fixtures.account("Ada Administrator", PlatformRole.ADMINISTRATOR));
        Page imported = ada.multipart(
                "/admin/frameworks",
                Map.of(
                        "_csrf",
                        ada.get("/admin/frameworks").csrf(),
                        "code",
                        code,
                        "name",
                        "Gap test " + code,
                        "version",
                        "1"),
                "f.csv".getBytes(StandardCharsets.UTF_8),
                "text/csv",
                (code + "-1,Data work,\n" + code + "-1.1,Integrate sources," + code + "-1\n" + code
                                + "-1.2,Impute gaps," + code + "-1\n" + code + "-1.3,Nobody wants this," + code
                                + "-1\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(302);
        fiji = organisation(code + " Fiji Bureau", "NATIONAL_STATISTICAL_OFFICE", "FJ");
        samoa = organisation(code + " Samoa Bureau", "NATIONAL_STATISTICAL_OFFICE", "WS");
        fijian = fixtures.account("Fe Fijian");
        samoan = fixtures.account("Sione Samoan");
        confirm(fijian, fiji);
        confirm(samoan, samoa);

        // a public English course teaches item 1.1 only
        Community community = fixtures.community("Gap academy " + System.nanoTime());
        academy = community;
        facilitator = fixtures.member(community, "Gita Facilitator", CommunityRole.FACILITATOR);
        Visitor gita = fixtures.signedIn(facilitator);
        String courses = "/c/" + community.slug() + "/courses";
        Page created = gita.submitNoFollow(
                courses,
                courses,
                fields("title", "Integrating " + code, "language", "en", "licence", "CC-BY-4.0", "open", "true"));
        String course = created.location().replaceAll("^.*/courses/", "");
        GitCli git = new GitCli();
        Path work = git.cloned(
                port, community.slug() + "/courses/" + course, facilitator.email(), fixtures.gitToken(facilitator));
        GitCli.Result pushed = git.commitAndPush(
                work,
                "course.yml",
                "title: Integrating " + code + "\nlanguage: en\nframework: [" + code + "-1.1]\n",
                "Tag",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private long organisation(String name, String kind, String country) {
        return db.sql("""
                        insert into organisations.organisations (name, kind, country, normalised_name, created_by,
                            created_at, updated_at) values (?, ?, ?, lower(?), 1, now(), now()) returning id""").params(name, kind, country, name).query(Long.class).single();
    }

    private void confirm(Account account, long organisation) {
        db.sql("insert into organisations.affiliations (account_id, organisation_id, claimed_at, confirmed_at)"
                        + " values (?, ?, now(), now())")
                .params(account.id(), organisation)
                .update();
    }

    private String form(long organisation, int forYear) {
        return "/academy/assessments/" + organisation + "/" + code + "/" + forYear;
    }

    @Test
    void officesAssessThemselvesAndTheMapShowsAGapAndALanguageGap() {
        Visitor fe = fixtures.signedIn(fijian);
        assertThat(fe.get("/academy/assessments").text())
                .contains(code + " Fiji Bureau", "Assess against Gap test " + code);
        Page form = fe.get(form(fiji, year));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains(code + "-1 Data work", "Integrate sources", "Impute gaps", "not assessed");

        // a level outside the framework: refused, the item named, nothing saved
        Page refused = fe.submit(
                form(fiji, year),
                form(fiji, year),
                fields("current[" + code + "-1.1]", "awareness", "target[" + code + "-1.1]", "guru"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains(code + "-1.1: \"guru\" is not a level of " + code);
        assertThat(db.sql("select count(*) from academy.assessments where organisation_id = ?")
                        .param(fiji)
                        .query(Integer.class)
                        .single())
                .isZero();

        Page saved = fe.submitNoFollow(
                form(fiji, year),
                form(fiji, year),
                fields(
                        "current[" + code + "-1.1]", "awareness",
                        "target[" + code + "-1.1]", "expert",
                        "current[" + code + "-1.2]", "",
                        "target[" + code + "-1.2]", "practitioner",
                        "current[" + code + "-1.3]", "expert",
                        "target[" + code + "-1.3]", "expert"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        Visitor sione = fixtures.signedIn(samoan);
        assertThat(sione.submitNoFollow(
                                form(samoa, year),
                                form(samoa, year),
                                fields("current[" + code + "-1.2]", "awareness", "target[" + code + "-1.2]", "expert"))
                        .status())
                .isEqualTo(302);

        // the map: 1.2 is wanted and taught by no course; 1.1 is taught in English only; 1.3 is wanted by nobody
        Page map = fixtures.anonymous().get("/academy/gaps?framework=" + code);
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.text())
                .contains("From the latest self-assessment of 2 organisations")
                .contains(code + "-1.2 Impute gaps wanted by 2 organisations")
                .contains(code + "-1.1 Integrate sources only in en; wanted by 1 organisation")
                .contains("Fiji", "Samoa")
                .contains(code + "-1.2 Impute gaps — gap");
        assertThat(map.body()).contains("<th scope=\"col\">Fiji</th>", "<td>2.0</td>", "<td>0.0</td>");
        Visitor.Download svg = fixtures.anonymous().download("/academy/gaps.svg?framework=" + code + "&by=kind");
        String drawn = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(drawn)
                .startsWith("<svg")
                .contains("National statistical office", "font-weight=\"bold\">● " + code + "-1.2");
        Visitor.Download csv = fixtures.anonymous().download("/academy/gaps.csv?framework=" + code);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith(
                        "item,name,phase,country,organisations,wanting_more,mean_gap,courses,languages,gap,language_gap")
                .contains(code + "-1.2,Impute gaps," + code + "-1,FJ,1,1,2.00,0,,true,false")
                .contains(code + "-1.1,Integrate sources," + code + "-1,FJ,1,1,2.00,1,en,false,true");
        Page api = fixtures.anonymousApi().get("/api/v1/academy/gaps?framework=" + code + "&by=kind");
        assertThat(api.text())
                .contains("\"gaps\":[\"" + code + "-1.2\"]", "\"languageGaps\":[\"" + code + "-1.1\"]")
                .contains("\"key\":\"NATIONAL_STATISTICAL_OFFICE\"");
        assertThat(fixtures.anonymous()
                        .get("/academy/gaps/report?framework=" + code)
                        .text())
                .contains("Drawn on", "Impute gaps");
        assertThat(fixtures.anonymous().get("/academy/gaps?by=planet").status()).isEqualTo(400);

        // next year: the form starts from this year's levels; saving keeps both years
        clock.advance(Duration.ofDays(366));
        try {
            int next = year + 1;
            Page again = fe.get(form(fiji, next));
            assertThat(again.text()).contains("Filled in from the assessment of " + year);
            assertThat(fe.submitNoFollow(
                                    form(fiji, next),
                                    form(fiji, next),
                                    fields("current[" + code + "-1.1]", "expert", "target[" + code + "-1.1]", "expert"))
                            .status())
                    .isEqualTo(302);
            assertThat(db.sql("select string_agg(year::text, ',' order by year) from academy.assessments"
                                    + " where organisation_id = ?")
                            .param(fiji)
                            .query(String.class)
                            .single())
                    .isEqualTo(year + "," + next);
            Page api2 = fixtures.bearer(fixtures.token(fijian))
                    .get("/api/v1/organisations/" + fiji + "/assessments/" + code + "/" + next);
            assertThat(api2.text())
                    .contains("{\"item\":\"" + code + "-1.1\",\"current\":\"expert\",\"target\":\"expert\"}");
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlyTheOrganisationsConfirmedPeopleReachItsAssessment() {
        Visitor sione = fixtures.signedIn(samoan);
        assertThat(sione.get(form(fiji, year)).status()).isEqualTo(403);
        assertThat(fixtures.anonymous().getNoFollow(form(fiji, year)).status()).isIn(302, 401, 403);
        Page put = fixtures.bearer(fixtures.token(samoan))
                .api(
                        "PUT",
                        "/api/v1/organisations/" + fiji + "/assessments/" + code + "/" + year,
                        "{\"levels\":[{\"item\":\"" + code + "-1.1\",\"current\":\"awareness\"}]}");
        assertThat(put.status()).isEqualTo(403);
        Page own = fixtures.bearer(fixtures.token(samoan))
                .api(
                        "PUT",
                        "/api/v1/organisations/" + samoa + "/assessments/" + code + "/" + (year - 1),
                        "{\"levels\":[{\"item\":\"" + code + "-1.9\",\"target\":\"expert\"}," + "{\"item\":\"" + code
                                + "-1.1\",\"target\":\"wizard\"}]}");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.text())
                .contains(code + "-1.9 is not an item of " + code)
                .contains(code + "-1.1: \\\"wizard\\\" is not a level of " + code);
        Visitor secretariat = fixtures.signedIn(fixtures.account("Pat Platform", PlatformRole.SECRETARIAT));
        assertThat(secretariat.get(form(fiji, year)).status()).isEqualTo(200);
        assertThat(fixtures.signedIn(fijian).get(form(fiji, year + 5)).status()).isEqualTo(404);
    }

    @Test
    void aCommunityWritesTheReportAsAPageOfItsSpaceAndLaterProposesNewFigures() {
        Visitor sione = fixtures.signedIn(samoan);
        assertThat(sione.submitNoFollow(
                                form(samoa, year),
                                form(samoa, year),
                                fields("current[" + code + "-1.2]", "awareness", "target[" + code + "-1.2]", "expert"))
                        .status())
                .isEqualTo(302);
        String report = "/academy/gaps/report?framework=" + code;
        Visitor gita = fixtures.signedIn(facilitator);
        assertThat(gita.get(report).text()).contains("Write this report as a page of the space of", academy.name());

        // a member who does not maintain the community's courses gets no form, and is refused
        Visitor mo = fixtures.signedIn(fixtures.member(academy, "Mo Member", CommunityRole.MEMBER));
        assertThat(mo.get(report).text()).doesNotContain("Write this report as a page");
        Page refused = mo.submitNoFollow(
                report, "/academy/gaps/report/publish", fields("community", academy.slug(), "framework", code));
        assertThat(refused.status()).isEqualTo(403);
        Page unknown = gita.submit(
                report, "/academy/gaps/report/publish", fields("community", "../" + academy.slug(), "framework", code));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("Choose a community whose courses you maintain.");
        String path = "reports/capability-gaps-" + code.toLowerCase(java.util.Locale.ROOT) + "-by-country.md";
        assertThat(db.sql("select count(*) from content.pages where community_id = ? and path = ?")
                        .params(academy.id(), path)
                        .query(Long.class)
                        .single())
                .isZero();

        Page written = gita.submit(
                report, "/academy/gaps/report/publish", fields("community", academy.slug(), "framework", code));
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.path()).contains("capability-gaps-" + code.toLowerCase(java.util.Locale.ROOT));
        assertThat(written.text())
                .contains("The report is now a page of the community’s space")
                .contains("Capability gaps: Gap test " + code)
                .contains("Gaps: wanted, and no course teaches them", code + "-1.2 Impute gaps")
                .contains("The whole map online");

        Page again = gita.submit(
                report, "/academy/gaps/report/publish", fields("community", academy.slug(), "framework", code));
        assertThat(again.text()).contains("The report’s page already says this");

        // new figures: proposed as a change of the page, not written over it
        assertThat(sione.submitNoFollow(
                                form(samoa, year),
                                form(samoa, year),
                                fields("current[" + code + "-1.3]", "awareness", "target[" + code + "-1.3]", "expert"))
                        .status())
                .isEqualTo(302);
        Page proposed = gita.submit(
                report, "/academy/gaps/report/publish", fields("community", academy.slug(), "framework", code));
        assertThat(proposed.path()).contains("/proposals/");
        assertThat(proposed.text()).contains("The new figures are proposed as a change of the report’s page.");
    }
}
