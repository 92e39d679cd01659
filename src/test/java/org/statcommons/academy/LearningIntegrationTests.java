package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * A learner's path through a course: enrol, mark each episode done on its page (a plain form), the course completed
 * with the version studied, the certificate's PDF naming the learner and its public verification page (a wrong code
 * 404s, a hidden one too), leaving; a stranger refused a members-only course; the same through the API; and the bad
 * input of each step (no such episode, path tricks, marking done without enrolling, huge names).
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningIntegrationTests {

    private static final String[] EPISODES = {"01-why-version-control", "02-first-commits", "03-working-together"};
    private static final Pattern CERTIFICATE = Pattern.compile("/academy/certificates/([A-Za-z0-9_-]{43})");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Community community;
    Account facilitator;
    String open;
    String membersOnly;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Learning " + System.nanoTime());
        facilitator = fixtures.member(community, "Fiona Facilitator", CommunityRole.FACILITATOR);
        Visitor fiona = fixtures.signedIn(facilitator);
        String courses = "/c/" + community.slug() + "/courses";
        open = fiona.submitNoFollow(
                        courses,
                        courses,
                        fields("title", "Git for learners", "language", "en", "licence", "CC-BY-4.0", "open", "true"))
                .location();
        membersOnly = fiona.submitNoFollow(
                        courses,
                        courses,
                        fields("title", "Members' Git", "language", "en", "licence", "CC-BY-4.0", "open", "false"))
                .location();
        open = open.substring(open.indexOf("/c/"));
        membersOnly = membersOnly.substring(membersOnly.indexOf("/c/"));
    }

    @Test
    void aLearnerEnrolsCompletesTheCourseAndAnyoneVerifiesTheCertificate() throws IOException {
        Account lena = fixtures.account("Lena Learner");
        Visitor learner = fixtures.signedIn(lena);
        // the course is released as 1.0: the certificate names the release studied
        assertThat(fixtures.signedIn(facilitator)
                        .submitNoFollow(
                                open + "/releases", open + "/releases", fields("version", "1.0", "changelog", "First."))
                        .status())
                .isEqualTo(302);
        assertThat(fixtures.anonymous().get(open).text()).contains("Sign in to enrol");
        Page before = learner.get(open);
        assertThat(before.text()).contains("Enrol").doesNotContain("You are enrolled");

        Page enrolled = learner.submit(open, open + "/enrolment", fields());
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(enrolled.text()).contains("You are enrolled.", "0 of 3 episodes done");

        String episode = open + "/episodes/" + EPISODES[0];
        assertThat(learner.get(episode).text()).contains("Mark this episode done");
        Page marked = learner.submit(episode, episode + "/done", fields("done", "true"));
        assertThat(marked.text()).contains("You marked this episode done.", "1 of 3 episodes done");
        // marking it again changes nothing; undoing and redoing counts it once
        learner.submit(episode, episode + "/done", fields("done", "true"));
        learner.submit(episode, episode + "/done", fields("done", "false"));
        assertThat(learner.get(open).text()).contains("0 of 3 episodes done");
        learner.submit(episode, episode + "/done", fields("done", "true"));
        learner.submit(open + "/episodes/" + EPISODES[1], open + "/episodes/" + EPISODES[1] + "/done", fields());
        Page contents = learner.get(open);
        assertThat(contents.text())
                .contains("2 of 3 episodes done", "✓ done", "not yet")
                .doesNotContain("Completed");

        Page last = learner.submit(
                open + "/episodes/" + EPISODES[2], open + "/episodes/" + EPISODES[2] + "/done", fields());
        assertThat(last.text()).contains("3 of 3 episodes done", "Completed", "Your certificate");
        String code = code(last.body());
        String commit = db.sql("select commit_id from academy.episodes_done where account_id = ? and episode = ?")
                .params(lena.id(), EPISODES[2])
                .query(String.class)
                .single();
        assertThat(db.sql("select commit_id from academy.completions where code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo(commit);

        Page verified = fixtures.anonymous().get("/academy/certificates/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text())
                .contains("Certificate of completion", "Lena Learner", "Git for learners", community.name())
                .contains("1.0 (" + commit.substring(0, 12) + ")")
                .doesNotContain(lena.email());
        Visitor.Download pdf = fixtures.anonymous().download("/academy/certificates/" + code + "/certificate.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Certificate of completion", "Lena Learner", "Git for learners", community.name())
                    .contains(commit.substring(0, 12), "/academy/certificates/" + code);
        }
        Page json = fixtures.anonymousApi().api("GET", "/api/v1/certificates/" + code, null);
        assertThat(json.body())
                .contains("\"learner\":\"Lena Learner\"", "\"commit\":\"" + commit + "\"", "\"release\":\"1.0\"");
        assertThat(fixtures.anonymous()
                        .get("/academy/certificates/" + "A".repeat(43))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.anonymous().get("/academy/certificates/x%2F..%2F..").status())
                .isIn(400, 404);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/certificates/" + "B".repeat(43), null)
                        .status())
                .isEqualTo(404);

        // the learner's own page, the profile, hiding it
        Page mine = learner.get("/academy/me");
        assertThat(mine.text()).contains("Git for learners", "3 of 3 episodes done", "My certificates");
        assertThat(fixtures.anonymous().get("/people/" + lena.id()).text()).doesNotContain("Git for learners");
        learner.submit("/academy/me", "/academy/certificates/" + code, fields("hidden", "false", "profile", "true"));
        assertThat(fixtures.signedIn(facilitator).get("/people/" + lena.id()).text())
                .contains("Courses completed", "Git for learners");
        learner.submit("/academy/me", "/academy/certificates/" + code, fields("hidden", "true", "profile", "true"));
        assertThat(fixtures.anonymous().get("/academy/certificates/" + code).status())
                .isEqualTo(404);
        assertThat(fixtures.anonymous()
                        .download("/academy/certificates/" + code + "/certificate.pdf")
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.signedIn(facilitator).get("/people/" + lena.id()).text())
                .doesNotContain("Git for learners");
        // nobody else may show it again
        Page someoneElse = fixtures.signedIn(facilitator)
                .submit("/academy/me", "/academy/certificates/" + code, fields("hidden", "false", "profile", "true"));
        assertThat(someoneElse.status()).isEqualTo(404);
        learner.submit("/academy/me", "/academy/certificates/" + code, fields("hidden", "false", "profile", "false"));
        assertThat(fixtures.anonymous().get("/academy/certificates/" + code).status())
                .isEqualTo(200);

        // leaving keeps what was done and the certificate
        Page left = learner.submit(open, open + "/enrolment/leave", fields());
        assertThat(left.text()).contains("Enrol").doesNotContain("You are enrolled");
        assertThat(fixtures.anonymous().get("/academy/certificates/" + code).status())
                .isEqualTo(200);
        assertThat(learner.submit(episode, episode + "/done", fields()).status())
                .isEqualTo(409);
        assertThat(learner.submit(open, open + "/enrolment", fields()).text()).contains("3 of 3 episodes done");
    }

    private static String code(String html) {
        Matcher found = CERTIFICATE.matcher(html);
        assertThat(found.find()).as("a link to the certificate").isTrue();
        return found.group(1);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Account learnerAccount = fixtures.account("Bad Input Learner");
        Visitor learner = fixtures.signedIn(learnerAccount);
        String episode = open + "/episodes/" + EPISODES[0];
        // not enrolled: refused, saying why
        Page notEnrolled = learner.submit(episode, episode + "/done", fields());
        assertThat(notEnrolled.status()).isEqualTo(409);
        assertThat(notEnrolled.text()).contains("You are not enrolled in this course");
        learner.submit(open, open + "/enrolment", fields());
        assertThat(learner.submit(open, open + "/episodes/99-none/done", fields())
                        .status())
                .isEqualTo(404);
        assertThat(learner.submit(open, open + "/episodes/..%2F..%2Fcourse.yml/done", fields())
                        .status())
                .isIn(400, 404);
        assertThat(learner.submit(open, open + "/episodes/" + "a".repeat(5000) + "/done", fields())
                        .status())
                .isIn(400, 404, 414);
        assertThat(learner.submit(open, "/c/" + community.slug() + "/courses/no-such-course/enrolment", fields())
                        .status())
                .isEqualTo(404);
        assertThat(learner.post(open + "/enrolment", Map.of()).status())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(db.sql("select count(*) from academy.episodes_done where account_id = ?")
                        .param(learnerAccount.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // signed out: sent to sign in, and the API answers 401
        assertThat(fixtures.anonymous().getNoFollow("/academy/me").status()).isIn(302, 303);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/me/learning", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aStrangerCannotEnrolInAMembersOnlyCourseAndAMemberCan() {
        Visitor stranger = fixtures.signedIn(fixtures.account("Stranger Sam"));
        assertThat(stranger.submit(open, membersOnly + "/enrolment", fields()).status())
                .isEqualTo(403);
        Account member = fixtures.member(community, "Mia Member", CommunityRole.MEMBER);
        Visitor mia = fixtures.signedIn(member);
        assertThat(mia.submit(membersOnly, membersOnly + "/enrolment", fields()).text())
                .contains("You are enrolled.");
        String api = "/api/v1/communities/" + community.slug() + "/courses/"
                + membersOnly.substring(membersOnly.lastIndexOf('/') + 1);
        assertThat(fixtures.bearer(fixtures.token(fixtures.account("Stranger API")))
                        .api("POST", api + "/enrolment", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theApiEnrolsMarksProgressAndListsOnesLearning() {
        Account ana = fixtures.account("Ana Api");
        Visitor script = fixtures.bearer(fixtures.token(ana));
        String api =
                "/api/v1/communities/" + community.slug() + "/courses/" + open.substring(open.lastIndexOf('/') + 1);
        assertThat(script.api("GET", api + "/enrolment", null).body()).contains("\"enrolled\":false");
        Page enrolled = script.api("POST", api + "/enrolment", null);
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(enrolled.body()).contains("\"enrolled\":true", "\"total\":3", "\"completed\":false");
        assertThat(script.api("PUT", api + "/progress/" + EPISODES[0], null).body())
                .contains("\"done\":[\"" + EPISODES[0] + "\"]");
        assertThat(script.api("PUT", api + "/progress/99-none", null).status()).isEqualTo(404);
        script.api("PUT", api + "/progress/" + EPISODES[1], null);
        Page completed = script.api("PUT", api + "/progress/" + EPISODES[2], null);
        assertThat(completed.body())
                .contains("\"completed\":true", "\"learner\":\"Ana Api\"", "/academy/certificates/");
        assertThat(script.api("GET", "/api/v1/me/learning", null).body())
                .contains("\"title\":\"Git for learners\"", "\"done\":3", "\"completed\":true");
        assertThat(script.api("DELETE", api + "/progress/" + EPISODES[2], null).body())
                .contains("\"completed\":true")
                .doesNotContain(EPISODES[2]);
        assertThat(script.api("DELETE", api + "/enrolment", null).status()).isEqualTo(204);
        assertThat(script.api("PUT", api + "/progress/" + EPISODES[2], null).status())
                .isEqualTo(409);
    }
}
