package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A maintainer of office B makes a learning path from a course of office A and one of their own; a learner sees each
 * course with their progress, and the path completed once both courses are. Lines that name no readable course, a
 * course twice, or no course at all are refused by line, and nothing is made.
 */
@StatCommonsIntegrationTest
class LearningPathIntegrationTests {

    private static final String[] EPISODES = {"01-why-version-control", "02-first-commits", "03-working-together"};

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    private String course(Visitor maintainer, Community community, String title, boolean open) {
        String courses = "/c/" + community.slug() + "/courses";
        return URI.create(maintainer
                        .submitNoFollow(
                                courses,
                                courses,
                                fields("title", title, "language", "en", "licence", "CC-BY-4.0", "open", open))
                        .location())
                .getPath();
    }

    @Test
    void aPathOfCoursesFromTwoOfficesShowsProgressAndIsCompletedWhenEveryCourseIs() {
        Community officeA = fixtures.community("Path office A " + System.nanoTime());
        Community officeB = fixtures.community("Path office B " + System.nanoTime());
        Visitor anna = fixtures.signedIn(fixtures.member(officeA, "Anna Maintainer", CommunityRole.FACILITATOR));
        Visitor bo = fixtures.signedIn(fixtures.member(officeB, "Bo Maintainer", CommunityRole.FACILITATOR));
        String fromA = course(anna, officeA, "Git basics", true);
        String secretOfA = course(anna, officeA, "Members of A only", false);
        String ofB = course(bo, officeB, "Data science at B", true);
        String paths = "/c/" + officeB.slug() + "/paths";

        // refused by line, nothing made
        String firstLine = fromA.substring(3) + "\n";
        assertThat(bo.submit(paths, paths, fields("title", "Data", "audience", "", "courses", firstLine + secretOfA))
                        .text())
                .contains("Line 2: there is no course")
                .doesNotContain("Line 1");
        Page refused = bo.submit(
                paths, paths, fields("title", "Data", "audience", "", "courses", firstLine + "../../etc/passwd"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Line 2: “../../etc/passwd” is not a course’s address");
        assertThat(bo.submit(paths, paths, fields("title", "Data", "audience", "", "courses", firstLine + "\n" + fromA))
                        .text())
                .contains("Line 3: the course", "is already on the path");
        assertThat(bo.submit(paths, paths, fields("title", "", "audience", "", "courses", " \n "))
                        .text())
                .contains("Title");
        assertThat(bo.submit(paths, paths, fields("title", "x".repeat(201), "audience", "", "courses", fromA))
                        .status())
                .isEqualTo(400);
        assertThat(bo.submit(
                                paths,
                                paths,
                                fields("title", "Many", "audience", "", "courses", (fromA + "\n").repeat(51)))
                        .text())
                .contains("at most 50 courses");
        assertThat(db.sql("select count(*) from academy.learning_paths where community_id = ?")
                        .param(officeB.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // a member who does not maintain courses may not make one
        Visitor member = fixtures.signedIn(fixtures.member(officeB, "Plain Member", CommunityRole.MEMBER));
        assertThat(member.submit(paths, paths, fields("title", "Mine", "audience", "", "courses", fromA))
                        .status())
                .isEqualTo(403);

        Page made = bo.submitNoFollow(
                paths,
                paths,
                fields(
                        "title",
                        "Data scientist in an NSO",
                        "audience",
                        "Data scientists in a national statistical office",
                        "courses",
                        "http://localhost" + fromA + "\n"
                                + ofB.replace("/c/", "").replace("/courses/", "/")));
        assertThat(made.status()).isEqualTo(302);
        String path = URI.create(made.location()).getPath();
        assertThat(fixtures.anonymous().get(paths).text()).contains("Data scientist in an NSO", "2 courses");

        Account learnerAccount = fixtures.account("Path Learner");
        Visitor learner = fixtures.signedIn(learnerAccount);
        Page start = learner.get(path);
        assertThat(start.text())
                .contains("Git basics", "Data science at B", "Not enrolled")
                .doesNotContain("You completed");
        for (String course : new String[] {fromA, ofB}) {
            learner.submit(course, course + "/enrolment", fields());
            for (String episode : EPISODES) {
                learner.submit(course, course + "/episodes/" + episode + "/done", fields());
            }
            if (course.equals(fromA)) {
                assertThat(learner.get(path).text()).contains("Completed", "Not enrolled");
            }
        }
        assertThat(learner.get(path).text()).contains("You completed this path");
        String api = "/api/v1/communities/" + officeB.slug() + "/paths";
        Visitor script = fixtures.bearer(fixtures.token(learnerAccount));
        assertThat(script.api("GET", api, null).body()).contains("\"title\":\"Data scientist in an NSO\"");
        assertThat(script.api("GET", api + path.substring(path.lastIndexOf('/')), null)
                        .body())
                .contains("\"completed\":true", "\"title\":\"Git basics\"");
        assertThat(fixtures.anonymous().get(paths + "/987654321").status()).isEqualTo(404);
        assertThat(fixtures.anonymous().get(paths + "/abc").status()).isIn(400, 404);
        // another community's path is not found here
        assertThat(fixtures.anonymous()
                        .get("/c/" + officeA.slug() + "/paths" + path.substring(path.lastIndexOf('/')))
                        .status())
                .isEqualTo(404);
    }
}
