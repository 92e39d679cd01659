package org.statcommons.data.ingest;

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

/** A new dataset's draft release and its data team's API client, to upload, confirm and store files in tests. */
record DraftUpload(long id, String api, Visitor script) {

    /** A dataset of a new community run by {@code secretariat}, with its first release drafted. */
    static DraftUpload of(Fixtures fixtures, Account secretariat, String title) {
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, secretariat);
        Visitor browser = fixtures.signedIn(secretariat);
        Page created = browser.submitNoFollow(
                "/c/" + community.slug() + "/data",
                Map.of("title", title, "description", "Figures.", "contactEmail", "data@example.org"));
        String page = URI.create(created.location()).getPath();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(browser.submitNoFollow(page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        return new DraftUpload(id, "/api/v1/datasets/" + id, fixtures.bearer(fixtures.token(secretariat)));
    }

    /** Uploads a CSV file; returns the upload's id. */
    long upload(String csv) {
        Page uploaded =
                script.api("PUT", api + "/uploads?name=data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(uploaded.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Confirms an upload's structure with these changes to the guess (JSON objects of columns); returns the answer. */
    Page confirm(long upload, String... columns) {
        Page confirmed = script.api(
                "PUT", api + "/uploads/" + upload + "/structure", "{\"columns\":[" + String.join(",", columns) + "]}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return confirmed;
    }

    /** Uploads a file and confirms the guessed structure, which must leave no problem; returns the upload's id. */
    long confirmedUpload(String csv) {
        long upload = upload(csv);
        assertThat(confirm(upload).body()).contains("\"problemCount\":0");
        return upload;
    }

    /** Stores an upload into the draft; returns the answer. */
    Page store(long upload) {
        return script.api("POST", api + "/uploads/" + upload + "/store", null);
    }

    /** The draft's whole data as CSV. */
    String downloadCsv() {
        return new String(script.download(api + "/download.csv?draft=true").body(), StandardCharsets.UTF_8);
    }
}
