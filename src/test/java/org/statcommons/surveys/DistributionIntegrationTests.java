package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A wave sent to a community's members by its owner: an e-mail with a personal link each (received by GreenMail and
 * followed), sending again reaching nobody twice, reminders only to those who have not submitted (with the same
 * link, so what they saved is where they left it), a draft or closed wave not sent, and a member who owns nothing
 * refused.
 */
@StatCommonsIntegrationTest
class DistributionIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    Waves waves;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String distribution(Community community, Questionnaire wave) {
        return "/c/" + community.slug() + "/surveys/" + wave.survey().id() + "/waves/"
                + wave.wave().id();
    }

    @Test
    void invitationsReachEveryMemberOnceAndRemindersOnlyThoseWhoHaveNotAnswered() {
        Community community = fixtures.community("Survey distribution");
        Account owner = fixtures.member(community, "Odile Owner", CommunityRole.FACILITATOR);
        Account amal = fixtures.member(community, "Amal Answers", CommunityRole.MEMBER);
        Account bao = fixtures.member(community, "Bao Busy", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.PSEUDONYMOUS, AudienceKind.COMMUNITY, null, owner.id());
        surveyWaves.closeAt(wave, clock.instant().plus(Duration.ofDays(14)));
        Visitor ownerVisitor = fixtures.signedIn(owner);
        String base = distribution(community, wave);

        Page page = ownerVisitor.get(base + "/distribution");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Send invitations", "The community's members");
        Page sent = ownerVisitor.submit(base + "/distribution", base + "/invitations", Map.of());
        assertThat(sent.text()).containsPattern("\\d+ invitations sent\\.");
        Mailbox mailbox = new Mailbox(smtp);
        Mailbox.Mail toAmal = mailbox.await(amal.email(), "Survey: Capacity baseline");
        assertThat(toAmal.body()).contains("Pseudonymous:", "Answers are taken until");
        String amalLink = toAmal.link("/surveys/answer/");
        Mailbox.Mail toBao = mailbox.await(bao.email(), "Survey: Capacity baseline");
        String baoLink = toBao.link("/surveys/answer/");
        assertThat(baoLink).isNotEqualTo(amalLink);
        int invited = db.sql("select count(*) from surveys.invitations where wave_id = ?")
                .param(wave.wave().id())
                .query(Integer.class)
                .single();
        assertThat(invited).isGreaterThanOrEqualTo(3);

        Page again = ownerVisitor.submit(base + "/distribution", base + "/invitations", Map.of());
        assertThat(again.text()).contains("Nobody new to invite.");

        // Amal answers everything; Bao saves one section and stops
        Visitor amalVisitor = fixtures.anonymous();
        String secret = amalLink.substring("/surveys/answer/".length());
        save(amalVisitor, secret, 1, fields("role", "nso", "staff", "12"));
        save(amalVisitor, secret, 2, fields("trust", "4"));
        save(amalVisitor, secret, 3, fields("grid.i1", "4", "grid.i2", "4"));
        amalVisitor.submitNoFollow(amalLink + "/submit", Map.of());
        save(
                fixtures.anonymous(),
                baoLink.substring("/surveys/answer/".length()),
                1,
                fields("role", "ministry", "staff", "3"));

        Page reminded = ownerVisitor.submit(base + "/distribution", base + "/reminders", Map.of());
        assertThat(reminded.text()).containsPattern("(\\d+ reminders|One reminder) sent\\.");
        Mailbox.Mail reminder = mailbox.await(bao.email(), "Reminder");
        assertThat(reminder.link("/surveys/answer/")).isEqualTo(baoLink);
        assertThat(mailbox.all(amal.email())).extracting(Mailbox.Mail::subject).noneMatch(s -> s.contains("Reminder"));
        Page baoBack = fixtures.anonymous().get(baoLink);
        assertThat(baoBack.body()).contains("/sections/2");
        assertThat(ownerVisitor.get(base + "/distribution").body()).containsPattern("id=\"answered\">1<");
    }

    private static void save(Visitor visitor, String secret, int section, Map<String, Object> answers) {
        Map<String, Object> withTyped = new java.util.LinkedHashMap<>(answers);
        withTyped.put("_typed", "1");
        Page saved = visitor.submitNoFollow("/surveys/answer/" + secret + "/sections/" + section, withTyped);
        assertThat(saved.status()).isEqualTo(302);
    }

    @Test
    void aWaveThatTakesNoAnswersIsNotSentAndOnlyOwnersSendIt() {
        Community community = fixtures.community("Survey not sent");
        Account owner = fixtures.member(community, "Noa Owner", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Mo Member", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        String base = distribution(community, wave);
        Visitor memberVisitor = fixtures.signedIn(member);
        assertThat(memberVisitor.get(base + "/distribution").status()).isEqualTo(403);
        assertThat(memberVisitor.submitNoFollow(base + "/invitations", Map.of()).status())
                .isEqualTo(403);
        Page api = fixtures.bearer(fixtures.token(member))
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/surveys/"
                                + wave.survey().id() + "/waves/" + wave.wave().id() + "/invitations",
                        null);
        assertThat(api.status()).isEqualTo(403);

        waves.schedule(wave.wave().id(), WaveState.DRAFT, null, null);
        Visitor ownerVisitor = fixtures.signedIn(owner);
        Page draft = ownerVisitor.submitNoFollow(base + "/invitations", Map.of());
        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.text()).contains("Open the wave before sending it");
        waves.schedule(wave.wave().id(), WaveState.OPEN, null, clock.instant().minusSeconds(60));
        Page closed = fixtures.bearer(fixtures.token(owner))
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/surveys/"
                                + wave.survey().id() + "/waves/" + wave.wave().id() + "/reminders",
                        null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.contentType()).contains("application/problem+json");
        assertThat(db.sql("select count(*) from surveys.invitations where wave_id = ?")
                        .param(wave.wave().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
