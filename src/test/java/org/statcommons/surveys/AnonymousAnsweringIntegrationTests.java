package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.Map;
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
 * Anonymous mode read straight from the database, as someone with every table would: once submitted, no column of
 * the response names the person, their pseudonym or their link, no column of the invitation names the response or
 * when it was submitted, and no value of one table is found in the other. The link then answers "already answered",
 * and nothing more can be saved through it.
 */
@StatCommonsIntegrationTest
class AnonymousAnsweringIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    JdbcClient db;

    @Autowired
    Pseudonymizer pseudonymizer;

    private static Page save(Visitor visitor, String secret, int section, Map<String, Object> answers) {
        String path = "/surveys/answer/" + secret + "/sections/" + section;
        Map<String, Object> withTyped = new java.util.LinkedHashMap<>(answers);
        withTyped.put("_typed", "1");
        return visitor.submitNoFollow(path, withTyped);
    }

    @Test
    void onceSubmittedNothingLinksAnAnonymousResponseToItsPersonOrInvitation() {
        Community community = fixtures.community("Anonymous answers");
        Account owner = fixtures.member(community, "Omar Owner", CommunityRole.FACILITATOR);
        Account ana = fixtures.member(community, "Ana Anonymous", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Anonymous", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.ANONYMOUS, AudienceKind.COMMUNITY, null, owner.id());
        String anaLink = surveyWaves.invite(wave, ana.id());
        String benLink = surveyWaves.invite(wave, ben.id());

        Visitor visitor = fixtures.anonymous();
        save(visitor, anaLink, 1, fields("role", "nso", "staff", "7"));
        // while in progress the response is found by a keyed hash of the link, unlike the invitation's own hash
        String resumeKey = db.sql("select resume_key from surveys.responses where wave_id = ?")
                .param(wave.wave().id())
                .query(String.class)
                .single();
        assertThat(resumeKey).isEqualTo(pseudonymizer.resumeKey(anaLink));
        save(visitor, anaLink, 2, fields("trust", "4"));
        save(visitor, anaLink, 3, fields("grid.i1", "2", "grid.i2", "3"));
        String submit = "/surveys/answer/" + anaLink + "/submit";
        assertThat(visitor.submitNoFollow(submit, submit, Map.of()).status()).isEqualTo(302);
        save(visitor, benLink, 1, fields("role", "ministry", "staff", "9"));

        Map<String, Object> response = db.sql(
                        "select * from surveys.responses where wave_id = ? and submitted_at is not null")
                .param(wave.wave().id())
                .query()
                .singleRow();
        assertThat(response.get("account_id")).isNull();
        assertThat(response.get("pseudonym")).isNull();
        assertThat(response.get("resume_key")).isNull();
        Map<String, Object> invitation = db.sql("select * from surveys.invitations where account_id = ?")
                .param(ana.id())
                .query()
                .singleRow();
        assertThat(invitation.get("answered")).isEqualTo(true);
        assertThat(invitation.keySet()).doesNotContain("response_id", "answered_at", "submitted_at");

        // the invitation has no column that could hold the response or its time: what it is made of is all it says
        assertThat(db.sql("""
                        select column_name from information_schema.columns
                        where table_schema = 'surveys' and table_name = 'invitations' order by column_name""").query(String.class).list())
                .containsExactly(
                        "account_id", "answered", "id", "invited_at", "nonce", "reminded_at", "token_hash", "wave_id");
        assertThat(invitation.get("invited_at")).isNotEqualTo(response.get("submitted_at"));
        assertThat(invitation.get("reminded_at")).isNull();
        // and the response has none that could hold the person, the invitation or the link
        assertThat(response.keySet())
                .doesNotContain("invitation_id", "token_hash", "nonce")
                .contains("account_id", "pseudonym", "resume_key");
        // nothing derived from Ana's link or account finds the response
        assertThat(db.sql(
                                "select count(*) from surveys.responses where resume_key = ? or pseudonym = ? or account_id = ?")
                        .params(
                                pseudonymizer.resumeKey(anaLink),
                                pseudonymizer.pseudonym(wave.survey().id(), ana.id()),
                                ana.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        Page again = fixtures.anonymous().get("/surveys/answer/" + anaLink);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("You have answered this survey.");
        assertThat(again.body()).doesNotContain("/sections/");
        Page more = save(fixtures.anonymous(), anaLink, 1, fields("role", "nso"));
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.text()).contains("submitted anonymously");
        Page api = fixtures.anonymousApi().api("POST", "/api/v1/survey-links/" + anaLink + "/submission", null);
        assertThat(api.status()).isEqualTo(409);
        assertThat(db.sql("select count(*) from surveys.responses where wave_id = ?")
                        .param(wave.wave().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anAnonymousPublicResponseOnceSubmittedIsFoundByNothingAndItsRespondentIsThanked() {
        Community community = fixtures.community("Anonymous public answers");
        Account owner = fixtures.member(community, "Paz Owner", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.ANONYMOUS, AudienceKind.PUBLIC_LINK, null, owner.id());
        String publicPath = "/surveys/public/" + surveyWaves.publicLink(wave);
        Visitor visitor = fixtures.anonymous();
        String own = visitor.submitNoFollow(publicPath, publicPath, Map.of())
                .location()
                .replaceAll(".*/surveys/answer/([^/]+)/sections/1$", "$1");
        save(visitor, own, 1, fields("role", "nso", "staff", "7"));
        save(visitor, own, 2, fields());
        save(visitor, own, 3, fields("grid.i1", "2", "grid.i2", "3"));
        String submit = "/surveys/answer/" + own + "/submit";
        Page done = visitor.submitNoFollow(submit, submit, Map.of());
        assertThat(done.location()).endsWith("/surveys/answered");
        assertThat(visitor.get("/surveys/answered").text()).contains("Your answers are submitted anonymously");
        assertThat(fixtures.anonymous().get("/surveys/answer/" + own).status()).isEqualTo(404);
        Map<String, Object> response = db.sql("select * from surveys.responses where wave_id = ?")
                .param(wave.wave().id())
                .query()
                .singleRow();
        assertThat(response.get("resume_key")).isNull();
        assertThat(response.get("submitted_at")).isNotNull();
    }
}
