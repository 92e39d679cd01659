package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A dataset released with data, made as a statistical office makes one: described on its page, a draft release
 * prepared, a CSV uploaded, confirmed and stored over the API, released now by the secretariat (a reviewer).
 */
public final class PublishedDatasets {

    /** What a test reads: the community, the dataset's id, its page and its data API. */
    public record Published(Community community, long id, String page, String api) {}

    private PublishedDatasets() {}

    public static Published publish(Fixtures fixtures, Account secretariat, String title, String csv) {
        return publish(fixtures, secretariat, title, csv, Map.of());
    }

    /** With more fields of the description form ({@code sdgCodes}, …). */
    public static Published publish(
            Fixtures fixtures, Account secretariat, String title, String csv, Map<String, String> described) {
        return publish(fixtures, secretariat, title, csv, described, "");
    }

    /** Released at {@code at} ("2027-01-15T10:00Z"; empty for now): a release scheduled ahead stays embargoed. */
    public static Published publish(
            Fixtures fixtures,
            Account secretariat,
            String title,
            String csv,
            Map<String, String> described,
            String releaseAt) {
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, secretariat);
        Visitor browser = fixtures.signedIn(secretariat);
        Map<String, String> fields = new java.util.HashMap<>(described);
        fields.putAll(
                Map.of("title", title, "description", "Figures of " + title + ".", "contactEmail", "data@example.org"));
        Page created = browser.submitNoFollow("/c/" + community.slug() + "/data", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = URI.create(created.location()).getPath();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(browser.submitNoFollow(page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        String api = "/api/v1/datasets/" + id;
        Visitor script = fixtures.bearer(fixtures.token(secretariat));
        Page uploaded =
                script.api("PUT", api + "/uploads?name=data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(uploaded.body());
        assertThat(m.find()).isTrue();
        String upload = api + "/uploads/" + m.group(1);
        assertThat(script.api("PUT", upload + "/structure", "{\"columns\":[]}").body())
                .contains("\"problemCount\":0");
        Page stored = script.api("POST", upload + "/store", null);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        String body = browser.get(page).body();
        int at = body.indexOf(page + "/releases/");
        String release = body.substring(at, body.indexOf('"', at));
        assertThat(browser.submitNoFollow(release, Map.of("at", releaseAt)).status())
                .isEqualTo(302);
        return new Published(community, id, page, api);
    }
}
