package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A platform-wide survey, run from Administration › Surveys with the community surveys' own screens: the platform's
 * secretariat builds it, previews it, sends its first wave to the members of two chosen communities (a member of both
 * invited once, someone of neither not at all) and its second by public link; a member and a stranger answer; the
 * results and the long CSV count both. A community's secretariat reaches none of it, and neither address reaches the
 * other owner's surveys. Someone who left a chosen community, is suspended in it or on the platform is not invited.
 */
@StatCommonsIntegrationTest
class PlatformSurveysIntegrationTests {

    private static final Pattern WAVE = Pattern.compile("/admin/surveys/(\\d+)/waves/(\\d+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void thePlatformSecretariatBuildsSendsAndReadsASurveyOfTwoCommunitiesAndAPublicLink() {
        Community census = fixtures.community("Platform census");
        Community prices = fixtures.community("Platform prices");
        Account dual = fixtures.member(census, "Dana Dual", CommunityRole.MEMBER);
        fixtures.join(prices, dual, CommunityRole.MEMBER);
        Account solo = fixtures.member(prices, "Sol Solo", CommunityRole.MEMBER);
        Account stranger = fixtures.account("Stan Stranger");
        Visitor admin = fixtures.signedIn(fixtures.account("Pat Platform", PlatformRole.SECRETARIAT));

        assertThat(admin.get("/admin/surveys").text()).contains("Administration", "Surveys");
        Matcher m = survey(admin, "Capacity of the platform");
        long surveyId = Long.parseLong(m.group(1));
        String base = m.group();
        assertThat(admin.get(base + "/preview").text()).contains("Where do you work?", "Statistics office");

        // the audience: the members of two communities; a community that is not one is refused at the field
        Page none = admin.submit(
                base + "/distribution",
                base + "/schedule",
                fields("opensAt", "", "closesAt", "", "audience", "COMMUNITIES", "communities", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("Choose at least one community.");
        Page unknown = admin.submit(
                base + "/distribution",
                base + "/schedule",
                fields("opensAt", "", "closesAt", "", "audience", "COMMUNITIES", "communities", List.of("999999999")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("is not a community of the platform");
        assertThat(admin.submit(
                                base + "/distribution",
                                base + "/schedule",
                                fields("opensAt", "", "closesAt", "", "audience", "COMMUNITY"))
                        .status())
                .as("a platform survey has no community of its own")
                .isEqualTo(400);
        admin.submit(
                base + "/distribution",
                base + "/schedule",
                fields(
                        "opensAt",
                        "",
                        "closesAt",
                        "",
                        "audience",
                        "COMMUNITIES",
                        "communities",
                        List.of(String.valueOf(census.id()), String.valueOf(prices.id()))));
        assertThat(admin.get(base + "/distribution").text()).contains("The members of the communities chosen");
        admin.submit(base + "/distribution", base + "/open", fields("now", "true"));
        assertThat(admin.submit(base + "/distribution", base + "/invitations", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(invitations(dual))
                .as("a member of both communities is asked once")
                .isEqualTo(1);
        assertThat(invitations(solo)).isEqualTo(1);
        assertThat(invitations(stranger)).as("in neither community").isZero();

        Mailbox.Mail mail = new Mailbox(smtp).await(dual.email(), "Capacity of the platform");
        String secret = mail.link("/surveys/answer/").substring("/surveys/answer/".length());
        Visitor dana = fixtures.anonymous();
        assertThat(dana.submitNoFollow(
                                "/surveys/answer/" + secret + "/sections/1", fields("role", "nso", "_typed", "1"))
                        .status())
                .isEqualTo(302);
        dana.submitNoFollow("/surveys/answer/" + secret + "/submit", Map.of());

        // the second wave, by public link
        Page next = admin.submitNoFollow(
                "/admin/surveys/" + surveyId, "/admin/surveys/" + surveyId + "/waves", fields("label", "Open call"));
        Matcher second = WAVE.matcher(next.location());
        assertThat(second.find()).isTrue();
        String open = second.group();
        admin.submit(
                open + "/distribution",
                open + "/schedule",
                fields("opensAt", "", "closesAt", "", "audience", "PUBLIC_LINK"));
        admin.submit(open + "/distribution", open + "/open", fields("now", "true"));
        admin.submit(open + "/distribution", open + "/public-link", Map.of());
        Matcher link = Pattern.compile("/surveys/public/([A-Za-z0-9_-]+)")
                .matcher(admin.get(open + "/distribution").body());
        assertThat(link.find()).isTrue();
        String publicPath = link.group();
        Visitor passer = fixtures.anonymous();
        Page started = passer.submitNoFollow(publicPath, publicPath, Map.of());
        String own = started.location().replaceAll(".*/surveys/answer/([^/]+)/sections/1$", "$1");
        passer.submitNoFollow("/surveys/answer/" + own + "/sections/1", fields("role", "ministry", "_typed", "1"));
        passer.submitNoFollow("/surveys/answer/" + own + "/submit", Map.of());

        String results = "/admin/surveys/" + surveyId + "/results";
        assertThat(admin.get(results + "?wave=" + m.group(2)).text()).contains("Statistics office");
        assertThat(admin.get(results + "/answers-long.csv?wave=" + m.group(2)).body())
                .contains("role", "nso");
        assertThat(admin.get(results + "/answers-long.csv?wave=" + second.group(2))
                        .body())
                .contains("role", "ministry");
        assertThat(admin.get(results + "/codebook.csv").body()).contains("role", "Statistics office");
        assertThat(admin.get("/admin/surveys").text()).contains("Capacity of the platform");

        // a community's secretariat runs none of it; neither address reaches the other owner's survey
        Visitor founder = fixtures.signedIn(fixtures.member(census, "Cam Community", CommunityRole.SECRETARIAT));
        assertThat(founder.get("/admin/surveys").status()).isEqualTo(403);
        assertThat(founder.get(base).status()).isEqualTo(403);
        assertThat(founder.get(results).status()).isEqualTo(403);
        assertThat(founder.get("/c/" + census.slug() + "/surveys/" + surveyId).status())
                .isEqualTo(404);
        assertThat(founder.get("/c/" + census.slug() + "/surveys").text()).doesNotContain("Capacity of the platform");
        Page own2 = founder.submitNoFollow(
                "/c/" + census.slug() + "/surveys",
                "/c/" + census.slug() + "/surveys",
                fields("title", "Census only", "description", "", "mode", "IDENTIFIED"));
        long communitySurvey = Long.parseLong(own2.location().replaceAll(".*/surveys/(\\d+)/waves/.*", "$1"));
        assertThat(admin.get("/admin/surveys/" + communitySurvey).status()).isEqualTo(404);
        assertThat(admin.get("/admin/surveys").text()).doesNotContain("Census only");
    }

    /** A platform survey with one question, made by {@code admin}: the address of its first wave, matched. */
    private Matcher survey(Visitor admin, String title) {
        Page created = admin.submitNoFollow(
                "/admin/surveys", "/admin/surveys", fields("title", title, "description", "", "mode", "IDENTIFIED"));
        Matcher m = WAVE.matcher(created.location());
        assertThat(m.find()).as(created.location()).isTrue();
        String base = m.group();
        admin.submit(base, base + "/sections", fields("title", "About you", "description", ""));
        long section = db.sql("select id from surveys.sections where wave_id = ?")
                .param(Long.parseLong(m.group(2)))
                .query(Long.class)
                .single();
        Page question = admin.submit(
                base + "/questions/new?section=" + section,
                base + "/questions",
                fields(
                        "section",
                        section,
                        "code",
                        "role",
                        "kind",
                        "SINGLE_CHOICE",
                        "text",
                        "Where do you work?",
                        "help",
                        "",
                        "scalePoints",
                        "5",
                        "min",
                        "",
                        "max",
                        "",
                        "options",
                        "nso | Statistics office\nministry | Ministry",
                        "items",
                        "",
                        "conditionQuestion",
                        "",
                        "conditionOption",
                        ""));
        assertThat(question.status()).isEqualTo(200);
        return m;
    }

    @Test
    void aPlatformWaveInvitesNoOneWhoLeftOrIsSuspended() {
        Community reach = fixtures.community("Platform reach");
        Account stays = fixtures.member(reach, "Stella Stays", CommunityRole.MEMBER);
        Account left = fixtures.member(reach, "Leo Left", CommunityRole.MEMBER);
        Account barred = fixtures.member(reach, "Bart Barred", CommunityRole.MEMBER);
        Account off = fixtures.member(reach, "Olga Off", CommunityRole.MEMBER);
        fixtures.remove(reach, left);
        db.sql("update community.memberships set suspended_until = timestamp '2999-01-01 00:00'"
                        + " where community_id = ? and account_id = ?")
                .params(reach.id(), barred.id())
                .update();
        db.sql("update identity.accounts set status = 'SUSPENDED' where id = ?")
                .param(off.id())
                .update();
        Visitor admin = fixtures.signedIn(fixtures.account("Paz Platform", PlatformRole.SECRETARIAT));
        Matcher first = survey(admin, "Reach of the platform");
        String base = first.group();
        admin.submit(
                base + "/distribution",
                base + "/schedule",
                fields(
                        "opensAt",
                        "",
                        "closesAt",
                        "",
                        "audience",
                        "COMMUNITIES",
                        "communities",
                        List.of(String.valueOf(reach.id()))));
        admin.submit(base + "/distribution", base + "/open", fields("now", "true"));
        assertThat(admin.submit(base + "/distribution", base + "/invitations", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(invitations(stays)).isEqualTo(1);
        assertThat(invitations(left)).as("left the community").isZero();
        assertThat(invitations(barred)).as("suspended in the community").isZero();
        assertThat(invitations(off)).as("suspended on the platform").isZero();

        // the next wave asks everyone on the platform: every active account, whatever their communities
        String surveyAddress = "/admin/surveys/" + first.group(1);
        Matcher next =
                WAVE.matcher(admin.submitNoFollow(surveyAddress, surveyAddress + "/waves", fields("label", "All"))
                        .location());
        assertThat(next.find()).isTrue();
        String all = next.group();
        admin.submit(
                all + "/distribution",
                all + "/schedule",
                fields("opensAt", "", "closesAt", "", "audience", "PLATFORM"));
        admin.submit(all + "/distribution", all + "/open", fields("now", "true"));
        assertThat(admin.submit(all + "/distribution", all + "/invitations", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(invitations(stays)).isEqualTo(2);
        assertThat(invitations(left)).as("still on the platform").isEqualTo(1);
        assertThat(invitations(barred)).as("suspended in one community only").isEqualTo(1);
        assertThat(invitations(off)).as("suspended on the platform").isZero();
    }

    private int invitations(Account account) {
        return db.sql("select count(*) from surveys.invitations i join surveys.waves w on w.id = i.wave_id"
                        + " join surveys.surveys s on s.id = w.survey_id"
                        + " where i.account_id = ? and s.community_id is null")
                .param(account.id())
                .query(Integer.class)
                .single();
    }
}
