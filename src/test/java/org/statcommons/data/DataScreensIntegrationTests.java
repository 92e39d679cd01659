package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;

/**
 * The story of a dataset through the screens: a data editor named by the secretariat describes it (a bad form names
 * each field and stores nothing), members see the draft and the public does not; a reviewer schedules its release for
 * tomorrow (a time past is refused), and it stays invisible in the page, the API, the catalogue and the feed until
 * the clock gets there, while the calendar announces its title and time.
 */
@StatCommonsIntegrationTest
class DataScreensIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Test
    void aDatasetIsDescribedScheduledAndEmbargoedUntilItsTime() {
        Account founder = fixtures.account("Data Founder", org.statcommons.access.PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Census data", org.statcommons.access.JoinPolicy.OPEN, founder);
        Account editor = fixtures.member(community, "Edith Editor", CommunityRole.MEMBER);
        Account reviewer = fixtures.member(community, "Rita Reviewer", CommunityRole.MEMBER);
        Account member = fixtures.member(community, "Mo Member", CommunityRole.MEMBER);
        Visitor secretariat = fixtures.signedIn(founder);
        String base = "/c/" + community.slug() + "/data";

        // a plain member may not describe a dataset until named
        assertThat(fixtures.signedIn(editor)
                        .submitNoFollow(base, Map.of("title", "Sneaky"))
                        .status())
                .isEqualTo(403);
        assertThat(secretariat
                        .submitNoFollow(
                                base + "/team", Map.of("accountId", "" + editor.id(), "standing", "DATA_EDITOR"))
                        .status())
                .isEqualTo(302);
        assertThat(secretariat
                        .submitNoFollow(
                                base + "/team", Map.of("accountId", "" + reviewer.id(), "standing", "DATA_REVIEWER"))
                        .status())
                .isEqualTo(302);

        Visitor edith = fixtures.signedIn(editor);
        var refused =
                edith.submitNoFollow(base, Map.of("title", "", "licence", "All rights reserved", "countries", "XX"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("All rights reserved").contains("XX");

        String title = "Census " + System.nanoTime();
        var created = edith.submitNoFollow(
                base,
                Map.of(
                        "title", title,
                        "description", "Persons by sex and district.",
                        "keywords", "census, population",
                        "themes", "SOCI",
                        "sdgCodes", "5.2.1",
                        "countries", "KE",
                        "temporalStart", "2020-01-01",
                        "contactEmail", "census@example.org",
                        "frequency", "DECENNIAL",
                        "producerType", "CITIZEN_SCIENCE"));
        assertThat(created.status()).isEqualTo(302);
        String page = java.net.URI.create(created.location()).getPath();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        assertThat(fixtures.signedIn(member).get(page).body()).contains(title).contains("Citizen-generated data");
        assertThat(fixtures.anonymous().get(page).status()).isEqualTo(404);

        // the editor prepares release 1; only the reviewer releases it
        assertThat(edith.submitNoFollow(page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        Visitor rita = fixtures.signedIn(reviewer);
        String body = rita.get(page).body();
        int at = body.indexOf(page + "/releases/");
        String action = body.substring(at, body.indexOf('"', at));
        assertThat(edith.submitNoFollow(action, Map.of("at", "")).status()).isEqualTo(403);
        var past = rita.submitNoFollow(action, Map.of("at", "2020-01-01T10:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("2020-01-01T10:00:00Z");

        String tomorrow = clock.instant().plus(Duration.ofDays(1)).toString();
        assertThat(rita.submitNoFollow(action, Map.of("at", tomorrow)).status()).isEqualTo(302);

        // embargoed: nowhere for the public, announced on the calendar by title and time only
        assertThat(fixtures.anonymous().get(page).status()).isEqualTo(404);
        assertThat(fixtures.anonymous().get("/data?q=" + title.split(" ")[1]).body())
                .doesNotContain(title);
        assertThat(fixtures.anonymousApi()
                        .get("/api/v1/communities/" + community.slug() + "/datasets/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.anonymous().get("/data/calendar").body()).contains(title);
        assertThat(fixtures.anonymous().get("/data/calendar.atom").body()).doesNotContain(title);
        assertThat(fixtures.anonymous().get("/data/calendar.ics").body()).contains("release-");
        assertThat(fixtures.signedIn(member).get(page).body()).doesNotContain("First release");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        try {
            assertThat(fixtures.anonymous().get(page).body()).contains(title).contains("First release");
            assertThat(fixtures.anonymous()
                            .get("/data?q=" + title.split(" ")[1])
                            .body())
                    .contains(title);
            assertThat(fixtures.anonymous().get("/data?theme=SOCI&sdg=5").body())
                    .contains(title);
            assertThat(fixtures.anonymous().get("/data?sdg=99").status()).isEqualTo(400);
            assertThat(fixtures.anonymous().get("/data/calendar.atom").body()).contains(title);
            assertThat(fixtures.anonymousApi()
                            .get("/api/v1/communities/" + community.slug() + "/datasets/" + id)
                            .body())
                    .contains("\"checklistScore\"")
                    .contains("RELEASED");
            assertThat(java.net
                            .URI
                            .create(fixtures.anonymous()
                                    .getNoFollow("/data/" + id)
                                    .location())
                            .getPath())
                    .isEqualTo(page);
        } finally {
            clock.reset();
        }
    }
}
