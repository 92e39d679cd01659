package org.statcommons.data.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.data.catalog.ReleasedDatasetMaker;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The CKAN action API subset as a CKAN client reads it: CKAN's answer shape, packages with their organization, tags,
 * resources and extras, the search with q, fq, rows, start and sort, organizations, status; errors as CKAN gives them
 * (404 Not Found Error, 409 Validation Error, 400 Search Query Error for an unknown search parameter, 400 Bad Request
 * for an unknown action); only released datasets.
 */
@StatCommonsIntegrationTest
class CkanApiIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aCkanClientReadsTheReleasedDatasets() {
        ReleasedDatasetMaker.Released released = new ReleasedDatasetMaker(fixtures).release("Ckan census", true);
        String name = "ckan-census-" + released.id();
        Visitor client = fixtures.anonymousApi();

        Page list = client.get("/api/3/action/package_list");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).startsWith("{\"help\":").contains("\"success\":true", "\"" + name + "\"");

        Page show = client.get("/api/3/action/package_show?id=" + name);
        assertThat(show.status()).as(show.body()).isEqualTo(200);
        assertThat(show.body())
                .contains(
                        "\"name\":\"" + name + "\"",
                        "\"title\":\"Ckan census\"",
                        "\"notes\":\"Persons by sex and country, from the census.\"",
                        "\"license_id\":\"CC-BY-4.0\"",
                        "\"organization\":{\"id\":\"" + released.community().slug() + "\"",
                        "{\"id\":\"census\",\"name\":\"census\"",
                        "\"format\":\"CSV\"",
                        "\"mimetype\":\"text/csv\"",
                        "/api/v1/datasets/" + released.id() + "/download.csv",
                        "\"format\":\"XLSX\"",
                        "\"num_resources\":4",
                        "{\"key\":\"frequency\",\"value\":\"http://publications.europa.eu/resource/authority/frequency/ANNUAL\"}",
                        "\"metadata_modified\":\"");
        assertThat(client.get("/api/action/package_show?id=" + released.id()).body())
                .contains("\"name\":\"" + name + "\"");

        Page search = client.get("/api/3/action/package_search?q=Ckan%20census&fq=tags:census%20organization:"
                + released.community().slug() + "&rows=5&start=0&sort=metadata_modified%20desc");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.body()).contains("\"count\":1", "\"results\":[{\"id\":\"" + released.id() + "\"");
        assertThat(client.get("/api/3/action/package_search?fq=license_id:%22ODbL-1.0%22%20organization:"
                                + released.community().slug())
                        .body())
                .contains("\"count\":0");

        Page orgs = client.get("/api/3/action/organization_list?all_fields=true");
        assertThat(orgs.body()).contains("\"name\":\"" + released.community().slug() + "\"", "\"package_count\":1");
        assertThat(client.get("/api/3/action/organization_list").body())
                .contains("\"" + released.community().slug() + "\"");
        Page org = client.get(
                "/api/3/action/organization_show?id=" + released.community().slug() + "&include_datasets=true");
        assertThat(org.body()).contains("\"is_organization\":true", "\"packages\":[", name);
        assertThat(client.get("/api/3/action/status_show").body()).contains("\"ckan_version\"", "\"site_url\"");
    }

    @Test
    void errorsAreCkansOwn() {
        Visitor client = fixtures.anonymousApi();
        Page missing = client.get("/api/3/action/package_show");
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.body())
                .contains("\"success\":false", "\"id\":[\"Missing value\"]", "\"__type\":\"Validation Error\"");
        Page unknown = client.get("/api/3/action/package_show?id=no-such-thing-99999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"message\":\"Not found\"", "\"__type\":\"Not Found Error\"");
        Page parameter = client.get("/api/3/action/package_search?q=x&colour=red");
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.body())
                .contains("\"__type\":\"Search Query Error\"", "Invalid search parameters: ['colour']");
        assertThat(client.get("/api/3/action/package_list?colour=red").status())
                .as("other actions ignore what they do not know, as CKAN does")
                .isEqualTo(200);
        Page rows = client.get("/api/3/action/package_search?rows=abc");
        assertThat(rows.status()).isEqualTo(409);
        assertThat(rows.body()).contains("\"rows\":[\"Invalid integer\"]");
        assertThat(client.get("/api/3/action/package_search?fq=colour:red").body())
                .contains("undefined field colour");
        assertThat(client.get("/api/3/action/package_search?sort=colour%20asc").status())
                .isEqualTo(400);
        Page action = client.get("/api/3/action/package_delete");
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.body()).contains("Action name not known: package_delete", "\"__type\":\"Bad Request\"");
        assertThat(client.get("/api/3/action/package_search?rows=100000").status())
                .isEqualTo(200);
    }
}
