package org.statcommons.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Puts a released dataset in place as a statistical office does: described in full over the API, a release prepared,
 * its data uploaded, confirmed and stored, then released by the secretariat (a reviewer). For the tests of the open
 * catalogues (DCAT-AP, CKAN, harvesting).
 */
public final class ReleasedDatasetMaker {

    /** A released dataset: its id, its community. */
    public record Released(long id, Community community) {}

    private final Fixtures fixtures;

    public ReleasedDatasetMaker(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** A new community whose secretariat releases a dataset of this title, with data when {@code withData}. */
    public Released release(String title, boolean withData) {
        Account secretariat = fixtures.account(title + " publisher", PlatformRole.ADMINISTRATOR);
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, secretariat);
        Visitor script = fixtures.bearer(fixtures.token(secretariat));
        Page created =
                script.api("POST", "/api/v1/communities/" + community.slug() + "/datasets", """
                {"title":"%s","description":"Persons by sex and country, from the census.",
                 "keywords":["census","population"],"themes":["SOCI","ECON"],"sdgCodes":["5.2.1"],
                 "contactName":"Census desk","contactEmail":"census@example.org","temporalStart":"2020-01-01",
                 "temporalEnd":"2022-12-31","countries":["KE","UG"],"frequency":"ANNUAL","licence":"CC-BY-4.0",
                 "accessRights":"PUBLIC","conformsTo":["https://sdmx.org/?page_id=3425"],
                 "provenance":"Collected by the national census of 2020.","qualityStatement":"Checked twice."}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = number(created.body(), "\"id\":(\\d+)");
        String page = "/c/" + community.slug() + "/data/" + id;
        Visitor office = fixtures.signedIn(secretariat);
        assertThat(office.submitNoFollow(page, page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        if (withData) {
            String api = "/api/v1/datasets/" + id;
            String csv = "REF_AREA,SEX,TIME_PERIOD,OBS_VALUE\nKEN,F,2020,100\nKEN,M,2020,98\nUGA,F,2021,70\n";
            Page upload = script.api(
                    "PUT", api + "/uploads?name=census.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(upload.status()).as(upload.body()).isEqualTo(201);
            long uploadId = number(upload.body(), "\"id\":(\\d+)");
            Page confirmed = script.api(
                    "PUT",
                    api + "/uploads/" + uploadId + "/structure",
                    "{\"columns\":[{\"name\":\"OBS_VALUE\",\"role\":\"MEASURE\",\"unit\":\"persons\"}]}");
            assertThat(confirmed.body()).as(confirmed.body()).contains("\"problemCount\":0");
            Page stored = script.api("POST", api + "/uploads/" + uploadId + "/store", null);
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        }
        String body = office.get(page).body();
        int at = body.indexOf(page + "/releases/");
        String release = body.substring(at, body.indexOf('"', at));
        assertThat(office.submitNoFollow(page, release, Map.of("at", "")).status())
                .isEqualTo(302);
        return new Released(id, community);
    }

    private static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
