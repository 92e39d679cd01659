package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/** Creating a community, its public landing page, joining it and its code of conduct, over HTTP. */
@StatCommonsIntegrationTest
class CommunityScreensIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Account secretariat;
    Visitor secretariatSession;

    @BeforeEach
    void setUp() {
        secretariat = fixtures.account("Sione Secretariat", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        secretariatSession = fixtures.signedIn(secretariat);
    }

    private String create(String policy) {
        String slug = Fixtures.uniqueSlug("data-integration");
        Page created = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of(
                        "name",
                        "Data integration",
                        "slug",
                        slug,
                        "purpose",
                        "Integrating data sources for official statistics",
                        "description",
                        "# Welcome\n\nWe **share** methods. <script>alert(1)</script>",
                        "joinPolicy",
                        policy));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/c/" + slug);
        return slug;
    }

    @Test
    void secretariatCreatesACommunityAndBecomesItsSecretariat() {
        String slug = create("OPEN");

        Page landing = fixtures.anonymous().getNoFollow("/c/" + slug);
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body())
                .contains(
                        "Data integration",
                        "Integrating data sources",
                        "<strong>share</strong>",
                        "Sione Secretariat",
                        "Secretariat",
                        "Fiji",
                        "1 member")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(db.sql(
                                "select role from community.memberships m join community.communities c on c.id = m.community_id where c.slug = ?")
                        .param(slug)
                        .query(String.class)
                        .single())
                .isEqualTo("SECRETARIAT");
        assertThat(db.sql(
                                "select count(*) from community.codes_of_conduct k join community.communities c on c.id = k.community_id where c.slug = ? and k.body like '%respectful%'")
                        .param(slug)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThat(fixtures.anonymous().getNoFollow("/communities").body()).contains("/c/" + slug);
    }

    @Test
    void onlyThePlatformSecretariatOrAdministratorMayCreate() {
        Account someone = fixtures.account("Plain Person");
        Visitor session = fixtures.signedIn(someone);
        assertThat(session.getNoFollow("/communities/new").status()).isEqualTo(403);
        String slug = Fixtures.uniqueSlug("sneaky");
        Page post = session.submitNoFollow(
                "/communities/new", Map.of("name", "Sneaky", "slug", slug, "purpose", "x", "joinPolicy", "OPEN"));
        assertThat(post.status()).isEqualTo(403);
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).status()).isEqualTo(404);
        Page anonymous = fixtures.anonymous().getNoFollow("/communities/new");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void badSlugsAndTextAreRefusedWithClearMessagesAndNothingIsCreated() {
        String taken = create("OPEN");
        Map<String, String> cases = Map.of(
                taken,
                "is taken",
                "new",
                "reserved",
                "api",
                "reserved",
                "sign-in",
                "reserved",
                "Data-Integration",
                "lower case",
                "data integration",
                "only lower-case letters",
                "ab",
                "3 to 60",
                "-lead",
                "only lower-case letters",
                "x".repeat(61),
                "3 to 60",
                "données",
                "only lower-case letters");
        int before = db.sql("select count(*) from community.communities")
                .query(Integer.class)
                .single();
        cases.forEach((slug, message) -> {
            Page answer = secretariatSession.submitNoFollow(
                    "/communities/new",
                    Map.of("name", "Name", "slug", slug, "purpose", "Purpose", "joinPolicy", "OPEN"));
            assertThat(answer.status()).as(slug).isEqualTo(400);
            assertThat(answer.body()).as(slug).contains(message);
        });
        Page control = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of(
                        "name",
                        "Bad\u0007name",
                        "slug",
                        Fixtures.uniqueSlug("ctl"),
                        "purpose",
                        "p".repeat(501),
                        "joinPolicy",
                        "SOMETIMES"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body())
                .contains("Name contains control characters", "Purpose is too long", "Choose how people join");
        Page bidi = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of(
                        "name",
                        "evil\u202Egnp.exe",
                        "slug",
                        Fixtures.uniqueSlug("bidi"),
                        "purpose",
                        "x",
                        "joinPolicy",
                        "OPEN"));
        assertThat(bidi.status()).isEqualTo(400);
        assertThat(db.sql("select count(*) from community.communities")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void rightToLeftAndCombiningNamesAreKeptAsTyped() {
        String slug = Fixtures.uniqueSlug("arabic");
        String name = "مجتمع الإحصاء";
        String combining = "Cafe\u0301 statistique";
        Page created = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of("name", name + " " + combining, "slug", slug, "purpose", "Purpose", "joinPolicy", "OPEN"));
        assertThat(created.status()).isEqualTo(302);
        // stored in NFC: the combining accent becomes one character
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body()).contains(name + " Café statistique");
    }

    @Test
    void theCommunityScreensRefusalsAndNoticesSpeakTheReadersLanguage() {
        String slug = create("OPEN");
        Account joiner = fixtures.account("Ana Joiner", "WS", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Visitor session = fixtures.signedIn(joiner);

        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug + "?lang=fr").body())
                .contains("Comment rejoindre", "Membres par pays", "1 membre")
                .doesNotContain("How to join");
        // Russian and Arabic plurals have more forms than English
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug + "?lang=ru").body())
                .contains("1 участник<");
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug + "?lang=ar").body())
                .contains("dir=\"rtl\"", "عضو واحد");

        Page refused = session.submitNoFollow("/c/" + slug + "/join?lang=ar", Map.of("conductVersion", "1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("يرجى قراءة مدونة السلوك وقبولها.");

        Page joined = session.submitNoFollow(
                "/c/" + slug + "/join?lang=es", Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(joined.status()).isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug + "?lang=es").body())
                .contains("¡Bienvenido! Ahora es miembro de", "2 miembros");
    }

    @Test
    void anyoneSignedInJoinsAnOpenCommunityAfterAcceptingTheCodeOfConduct() {
        String slug = create("OPEN");
        Account joiner = fixtures.account("Ana Joiner", "WS", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Visitor session = fixtures.signedIn(joiner);

        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body()).contains("Sign in</a> to");
        assertThat(session.getNoFollow("/c/" + slug).body()).contains("Join this community");
        assertThat(session.getNoFollow("/c/" + slug + "/join").body())
                .contains("respectful", "name=\"conductVersion\" value=\"1\"");

        Page refused = session.submitNoFollow("/c/" + slug + "/join", Map.of("conductVersion", "1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Please read and accept the code of conduct");
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body()).contains("1 member");

        Page joined =
                session.submitNoFollow("/c/" + slug + "/join", Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(joined.status()).isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug).body()).contains("You are a member", "Samoa");
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body()).contains("2 members");
    }

    @Test
    void aDescriptionOrCodeOfConductTooDeepToFormatIsShownAsWritten() {
        String slug = Fixtures.uniqueSlug("deep");
        Page created = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of(
                        "name",
                        "Deep",
                        "slug",
                        slug,
                        "purpose",
                        "Nesting",
                        "description",
                        ">".repeat(10_000) + " deep description",
                        "joinPolicy",
                        "OPEN"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Page landing = fixtures.anonymous().getNoFollow("/c/" + slug);
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body())
                .contains("This text could not be formatted (it nests more than 100 levels deep", "deep description");

        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/code-of-conduct/edit",
                                Map.of("body", "*".repeat(9_000) + "kind" + "*".repeat(9_000)))
                        .status())
                .isEqualTo(302);
        Page conduct = fixtures.signedIn(fixtures.account("Reader")).getNoFollow("/c/" + slug + "/code-of-conduct");
        assertThat(conduct.status()).isEqualTo(200);
        assertThat(conduct.body())
                .contains("This text could not be formatted (it nests more than 100 levels deep", "kind");
    }

    @Test
    void aNewVersionOfTheCodeOfConductIsAcceptedOnTheNextVisit() {
        String slug = create("OPEN");
        Account member = fixtures.account("Mere Member");
        Visitor session = fixtures.signedIn(member);
        session.submitNoFollow("/c/" + slug + "/join", Map.of("acceptConduct", "true", "conductVersion", "1"));

        Page edited = secretariatSession.submitNoFollow(
                "/c/" + slug + "/code-of-conduct/edit", Map.of("body", "Be kind. Share what you can."));
        assertThat(edited.status()).isEqualTo(302);
        assertThat(secretariatSession.getNoFollow("/c/" + slug).body()).doesNotContain("has changed");

        assertThat(session.getNoFollow("/c/" + slug).body())
                .contains("The code of conduct of this community has changed");
        // a stale form (version 1) is refused: the member must read the new text
        Page stale = session.submitNoFollow(
                "/c/" + slug + "/code-of-conduct/accept", Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(session.getNoFollow("/c/" + slug + "/code-of-conduct").body())
                .contains("Be kind", "conductVersion\" value=\"2\"");
        Page accepted = session.submitNoFollow(
                "/c/" + slug + "/code-of-conduct/accept", Map.of("acceptConduct", "true", "conductVersion", "2"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug).body()).doesNotContain("has changed");
        assertThat(db.sql("select conduct_version from community.memberships where account_id = ?")
                        .param(member.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        assertThat(session.submitNoFollow("/c/" + slug + "/code-of-conduct/edit", Map.of("body", "Mine now"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void versionsOfTheCodeOfConductAreListedAndComparedWordByWord() {
        String slug = create("OPEN");
        Account member = fixtures.account("Vera Versions");
        Visitor session = fixtures.signedIn(member);
        session.submitNoFollow("/c/" + slug + "/join", Map.of("acceptConduct", "true", "conductVersion", "1"));
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/code-of-conduct/edit", Map.of("body", "Be kind.\n\nShare what you can.\n"));
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/code-of-conduct/edit",
                Map.of("body", "Be kind.\n\nShare all you can, <b>openly</b>.\n"));

        // the acceptance screen links to what changed since the member's version
        Page conduct = session.getNoFollow("/c/" + slug + "/code-of-conduct");
        assertThat(conduct.body())
                .contains("What changed since you accepted version 1", "code-of-conduct/compare?from=1&amp;to=3");

        Page history = session.getNoFollow("/c/" + slug + "/code-of-conduct/versions");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("Version 3", "Version 2", "Version 1", "Sione Secretariat");
        // the member still counts for version 1, the secretariat (who wrote it) for version 3
        assertThat(history.body())
                .containsPattern("Version 1</a></td>\\s*<td>[^<]*</td>\\s*<td[^>]*>[^<]*</td>\\s*<td>1</td>");
        assertThat(fixtures.anonymous()
                        .getNoFollow("/c/" + slug + "/code-of-conduct/versions")
                        .body())
                .contains("Version 3")
                .doesNotContain("Sione Secretariat");

        // by default the latest against the one before: only the changed words are marked, the HTML typed stays text
        Page latest = session.getNoFollow("/c/" + slug + "/code-of-conduct/compare");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body())
                .contains("<del>what</del><ins>all</ins>", "<ins>, &lt;b&gt;openly&lt;/b&gt;</ins>")
                .contains("<option value=\"2\" selected=\"selected\">")
                .doesNotContain("<b>openly");
        Page chosen = session.getNoFollow("/c/" + slug + "/code-of-conduct/compare?from=3&to=3");
        assertThat(chosen.body()).contains("the same version twice");
        assertThat(session.getNoFollow("/c/" + slug + "/code-of-conduct/compare?from=9&to=3")
                        .status())
                .isEqualTo(404);
        Page old = fixtures.anonymous().getNoFollow("/c/" + slug + "/code-of-conduct/versions/2");
        assertThat(old.body()).contains("Share what you can", "the current version is");
    }

    @Test
    void refusedSettingsRequestsAndCodesOfConductComeBackAsTyped() {
        String slug = create("BY_REQUEST");
        Page settings = secretariatSession.submitNoFollow(
                "/c/" + slug + "/edit",
                Map.of(
                        "name",
                        "",
                        "purpose",
                        "Kept purpose",
                        "description",
                        "Kept description",
                        "joinPolicy",
                        "OPEN",
                        "membersEditDirectly",
                        "true"));
        assertThat(settings.status()).isEqualTo(400);
        assertThat(settings.body())
                .contains(
                        "Name is required",
                        "value=\"Kept purpose\"",
                        ">Kept description</textarea>",
                        "value=\"OPEN\" checked=\"checked\"",
                        "value=\"true\" checked=\"checked\"");

        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/code-of-conduct/edit", Map.of("body", "Be kind."))
                        .status())
                .isEqualTo(302);
        Page unchanged =
                secretariatSession.submitNoFollow("/c/" + slug + "/code-of-conduct/edit", Map.of("body", "Be kind."));
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.body()).contains("The code of conduct is unchanged", ">Be kind.</textarea>");

        Visitor asker = fixtures.signedIn(fixtures.account("Kai Asker"));
        Page stale = asker.submitNoFollow(
                "/c/" + slug + "/request",
                Map.of("motivation", "Kept motivation", "acceptConduct", "true", "conductVersion", "7"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("The code of conduct has changed", ">Kept motivation</textarea>");
    }
}
