package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
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
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Capability frameworks: GSBPM 5.1 and GAMSO 1.2 shipped, an administrator's CSV import refused line by line with
 * nothing saved, a course tagged with items and levels found through the catalogue's facets and listing its items
 * by name, an unknown code named by file and line.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapabilityFrameworkIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Account administrator;

    @BeforeAll
    void setUp() {
        administrator = fixtures.account("Ada Administrator", PlatformRole.ADMINISTRATOR);
    }

    @Test
    void gsbpmAndGamsoAreShipped() {
        Page gsbpm = fixtures.anonymousApi().get("/api/v1/frameworks/GSBPM");
        assertThat(gsbpm.status()).isEqualTo(200);
        assertThat(gsbpm.text())
                .contains("\"version\":\"5.1\"", "\"levels\":[\"awareness\",\"practitioner\",\"expert\"]")
                .contains("{\"code\":\"GSBPM-5.1\",\"name\":\"Integrate data\",\"parent\":\"GSBPM-5\"}");
        assertThat(db.sql("select count(*) from academy.framework_items i join academy.frameworks f on f.id ="
                                + " i.framework_id where f.code = 'GSBPM' and i.parent_code is not null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(44);
        assertThat(fixtures.anonymousApi().get("/api/v1/frameworks").text()).contains("\"GSBPM\"", "\"GAMSO\"");
        Page page = fixtures.anonymous().get("/academy/frameworks/GAMSO");
        assertThat(page.text()).contains("Capability development", "Manage statistical methodology");
        assertThat(fixtures.anonymous().get("/academy/frameworks/NOPE").status())
                .isEqualTo(404);
    }

    @Test
    void anImportWithProblemsNamesEachByLineAndSavesNothing() {
        Visitor ada = fixtures.signedIn(administrator);
        String code = "DS" + (System.nanoTime() % 100000);
        String bad = "levels,awareness,practitioner,expert\ncode,name,parent\n" + code + "-1,Data science,\n" + code
                + "-1,Twice,\n" + code + "-2,,\n" + code + "-3,Orphan," + code + "-9\n";
        Page refused = upload(ada, code, bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Nothing was imported")
                .contains("Line 4: the item code " + code + "-1 is already on line 3.")
                .contains("Line 5: the item has no name.")
                .contains("Line 6: the parent \"" + code + "-9\" is not an item of an earlier line.");
        Page latin1 = upload(ada, code, (code + "-1,Données,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.text()).contains("Line 1: this line is not UTF-8");
        Page taken = upload(ada, code, "GSBPM-5.1,Mine now,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(taken.text()).contains("Line 1: the item code GSBPM-5.1 belongs to another framework.");
        byte[] huge = new byte[FrameworkCsvReader.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'x');
        assertThat(upload(ada, code, huge).status()).isEqualTo(413);
        assertThat(db.sql("select count(*) from academy.frameworks where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();

        Page imported = upload(
                ada,
                code,
                ("levels,novice,advanced\ncode,name,parent\n" + code + "-1,Data science,\n" + code
                                + "-1.1,Machine learning," + code + "-1\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(302);
        assertThat(fixtures.anonymousApi().get("/api/v1/frameworks/" + code).text())
                .contains("\"levels\":[\"novice\",\"advanced\"]", "Machine learning");
        assertThat(upload(ada, code, (code + "-7,Again,\n").getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(409);

        Visitor stranger = fixtures.signedIn(fixtures.account("Sam Secretariat", PlatformRole.SECRETARIAT));
        assertThat(stranger.get("/admin/frameworks").status()).isEqualTo(403);
    }

    private static Page upload(Visitor visitor, String code, byte[] csv) {
        return visitor.multipart(
                "/admin/frameworks",
                Map.of(
                        "_csrf",
                        visitor.get("/admin/frameworks").csrf(),
                        "code",
                        code,
                        "name",
                        "Data science " + code,
                        "version",
                        "1"),
                "framework.csv".getBytes(StandardCharsets.UTF_8),
                "text/csv",
                csv);
    }

    @Test
    void aTaggedCourseIsFoundByItsPhaseAndLevelAndListsItsItemsByName() {
        Community community = fixtures.community("Framework academy " + System.nanoTime());
        Account facilitator = fixtures.member(community, "Fatima Facilitator", CommunityRole.FACILITATOR);
        Visitor fatima = fixtures.signedIn(facilitator);
        String courses = "/c/" + community.slug() + "/courses";
        String title = "Integration " + System.nanoTime();
        Page created = fatima.submitNoFollow(
                courses, courses, fields("title", title, "language", "en", "licence", "CC-BY-4.0", "open", "true"));
        String course = created.location().replaceAll("^.*/courses/", "");
        GitCli git = new GitCli();
        Path work = git.cloned(
                port, community.slug() + "/courses/" + course, facilitator.email(), fixtures.gitToken(facilitator));
        GitCli.Result pushed = git.commitAndPush(
                work,
                "course.yml",
                "title: " + title + "\nlanguage: en\nframework:\n  - {item: GSBPM-5.1, level: practitioner}\n"
                        + "  - GSBPM-6.4\n  - NOPE-1\n",
                "Tag the course",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();

        Page page = fatima.get(courses + "/" + course);
        assertThat(page.text())
                .contains("Capabilities taught", "Integrate data", "Apply disclosure control", "practitioner")
                .contains("course.yml:6", "\"NOPE-1\" is not an item of any capability framework");
        assertThat(page.body()).contains("href=\"/academy?item=GSBPM-5.1\"");

        Visitor anyone = fixtures.anonymous();
        assertThat(anyone.get("/academy?item=GSBPM-5").text()).contains(title);
        assertThat(anyone.get("/academy?item=GSBPM-5.1&proficiency=practitioner")
                        .text())
                .contains(title);
        assertThat(anyone.get("/academy?item=GSBPM-7").text()).doesNotContain(title);
        assertThat(anyone.get("/academy?proficiency=expert").text()).doesNotContain(title);
        Page catalogue = anyone.get("/academy?q=" + title.replace(" ", "%20"));
        assertThat(catalogue.text())
                .contains("GSBPM-5 Process", "GSBPM-6 Analyse", "Offline zip", "1 to 3 hours", "Capability level");

        Page api = fixtures.anonymousApi().get("/api/v1/courses?item=GSBPM-6");
        assertThat(api.text())
                .contains(title, "{\"item\":\"GSBPM-5.1\",\"name\":\"Integrate data\",\"level\":\"practitioner\"")
                .contains("\"formats\":[\"site\",\"offline\"]", "\"forks\":0", "\"translations\":0");
    }
}
