package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Disclosure control on a release's stored data: a census table (region × sex × age) with a cell counting 2 persons
 * is protected when stored (the threshold suppresses it, the hypercube protects it), the report is kept, a release is
 * refused until a check passes on its very data, rules that would suppress everything or need contributions the
 * table lacks are refused and change nothing; once released, the suppressed value is in no channel and the
 * original values are gone: {@link #channels} reads the downloads, the data API, the dataset's JSON and page, SDMX
 * and Open SDG (the chart's own test, {@code ChartIntegrationTests}, reads a confidential cell's chart and table; the
 * DCAT and CKAN catalogues carry no values).
 */
@StatCommonsIntegrationTest
class DisclosureOnReleaseIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void aSmallCellIsSuppressedAndProtectedAndItsValueLeavesTheServerNowhere() throws Exception {
        Account publisher = fixtures.account("Census publisher", PlatformRole.ADMINISTRATOR);
        Visitor script = fixtures.bearer(fixtures.token(publisher));
        Visitor browser = fixtures.signedIn(publisher);
        String page = draftOfNewDataset(publisher, browser, "Population census");
        long datasetId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String api = "/api/v1/datasets/" + datasetId;

        // four dimensions besides the period: stored, but the check is refused with its message and nothing released
        long wide = uploadAndConfirm(script, api, """
                REGION,SEX,AGE,URBAN,TIME_PERIOD,Population (persons)
                North,F,Y0T14,U,2024,10
                North,M,Y0T14,R,2024,12
                """);
        assertThat(script.api("POST", api + "/uploads/" + wide + "/store", null).status())
                .isEqualTo(200);
        assertThat(script.api("GET", api + "/disclosure", null).body())
                .contains("\"passed\":false", "at most three dimensions besides the period; this data has 4");
        String release = releaseAction(browser, page);
        Page refused = browser.submit(page, release, Map.of("at", ""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("disclosure check has not passed");

        // the census: the threshold (3 by default) suppresses the 2, the hypercube protects it
        long census = uploadAndConfirm(script, api, SmallCellCensus.CSV);
        assertThat(script.api("POST", api + "/uploads/" + census + "/store", null)
                        .status())
                .isEqualTo(200);
        Page report = script.api("GET", api + "/disclosure", null);
        assertThat(report.body())
                .contains(
                        "\"passed\":true",
                        "\"primary\":1",
                        "REGION=North, SEX=F, AGE=Y_GE65",
                        "Fewer than 3 units: 2.",
                        "Secondary suppression, protecting the cell REGION=North, SEX=F, AGE=Y_GE65")
                .doesNotContain("\"secondary\":0");
        String shown = browser.get(page).body();
        assertThat(shown).contains("Disclosure check", "Fewer than 3 units: 2.", "Secondary");
        String draftCsv =
                new String(script.download(api + "/download.csv?draft=true").body(), StandardCharsets.UTF_8);
        assertThat(draftCsv)
                .startsWith("REGION,SEX,AGE,TIME_PERIOD,Population (persons),OBS_STATUS,CONF_STATUS\n")
                .contains("North,F,Y_GE65,2024,,Q,A\n", ",Q,D\n", "South,M,Y15T64,2024,998,A,\n");

        // rules that would suppress everything, or that need contributions this table lacks, change nothing
        Page everything = script.api("PUT", api + "/disclosure/rules", "{\"minimumFrequency\":100000}");
        assertThat(everything.status()).isEqualTo(400);
        assertThat(everything.body()).contains("would suppress every one of the");
        Page magnitude = script.api("PUT", api + "/disclosure/rules", "{\"dominanceUnits\":1,\"dominancePercent\":80}");
        assertThat(magnitude.status()).isEqualTo(400);
        assertThat(magnitude.body()).contains("magnitude tables, with contributions");
        Page nonsense = script.api(
                "PUT", api + "/disclosure/rules", "{\"minimumFrequency\":\"three\",\"roundingBase\":\"-5\"}");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).contains("minimumFrequency", "roundingBase", "“three”");
        Page form = browser.submit(page, page + "/disclosure-rules", Map.of("minimumFrequency", "100000"));
        assertThat(form.body()).contains("would suppress every one of the");
        assertThat(script.api("GET", api + "/disclosure", null).body())
                .contains("\"minimumFrequency\":\"3\"", "\"passed\":true", "\"primary\":1");
        assertThat(new String(script.download(api + "/download.csv?draft=true").body(), StandardCharsets.UTF_8))
                .isEqualTo(draftCsv);

        // rules the check accepts change the draft's cells under the same upload: its ETag changes with them
        String etag = script.download(api + "/download.csv?draft=true").header("ETag");
        assertThat(script.download(api + "/download.csv?draft=true", "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        assertThat(script.api("PUT", api + "/disclosure/rules", "{\"minimumFrequency\":\"3\",\"roundingBase\":\"10\"}")
                        .status())
                .isEqualTo(200);
        Visitor.Download rounded = script.download(api + "/download.csv?draft=true", "If-None-Match", etag);
        assertThat(rounded.status()).isEqualTo(200);
        assertThat(new String(rounded.body(), StandardCharsets.UTF_8)).contains("South,M,Y15T64,2024,1000,A,\n");
        assertThat(script.api("PUT", api + "/disclosure/rules", "{\"minimumFrequency\":\"3\"}")
                        .status())
                .isEqualTo(200);
        assertThat(new String(script.download(api + "/download.csv?draft=true").body(), StandardCharsets.UTF_8))
                .isEqualTo(draftCsv);

        assertThat(browser.submitNoFollow(page, release, Map.of("at", "")).status())
                .isEqualTo(302);
        assertThat(db.sql("select to_regclass('data.originals_' || release_id) is null from data.uploads where id = ?")
                        .param(census)
                        .query(Boolean.class)
                        .single())
                .as("the original values are forgotten once released")
                .isTrue();
        channels(fixtures.anonymousApi(), fixtures.anonymous(), page, api);
    }

    @Test
    void theBrowserFormsRefuseAWrongFileConfirmAStructureAndNameTheDataTeam() {
        Account publisher = fixtures.account("Form publisher", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(publisher);
        String page = draftOfNewDataset(publisher, browser, "Households survey");
        assertThat(browser.get(page).body())
                .as("the lowest of the form's limits: the multipart parser's, under the upload's own 2 GB")
                .contains("up to 50 MB through this form");

        Page wrong = browser.upload(
                page, page + "/uploads", "table.xlsx", "application/octet-stream", "a,b\n1,2\n".getBytes());
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(browser.get(wrong.location()).body()).contains("not one (an .xlsx file is a zip archive)");
        Page none = browser.upload(page, page + "/uploads", "empty.csv", "text/csv", new byte[0]);
        assertThat(browser.get(none.location()).body()).contains("Choose a file to upload.");

        Page uploaded = browser.upload(
                page,
                page + "/uploads",
                "census.csv",
                "text/csv",
                SmallCellCensus.CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        String structure = URI.create(uploaded.location()).getPath();
        assertThat(browser.get(structure).body())
                .contains("Structure of census.csv", "North, North, North", "Population (persons)");
        Page hostile = browser.submit(structure, structure + "/structure", structureForm("COLOUR", ""));
        assertThat(hostile.body()).contains("“COLOUR” is not a choice for the column “SEX”");
        Page confirmed = browser.submit(structure, structure + "/structure", structureForm("DIMENSION", "persons"));
        assertThat(confirmed.body()).contains("No problem found");
        Page stored = browser.submit(structure, structure + "/store", Map.of());
        assertThat(stored.body()).contains("Stored: the disclosure check ran", "Fewer than 3 units: 2.");

        Community community = fixtures.community("Team office", JoinPolicy.OPEN, publisher);
        Account editor = fixtures.member(community, "Dana Editor", org.statcommons.access.CommunityRole.MEMBER);
        String team = "/c/" + community.slug() + "/data/team";
        assertThat(browser.get(team).body()).contains("No one is in the data team yet.", "Dana Editor");
        Page named = browser.submit(team, team, Map.of("accountId", editor.id(), "standing", "DATA_EDITOR"));
        assertThat(named.body()).contains("Saved.", "Data editor");
        assertThat(fixtures.signedIn(editor).get(team).status()).isEqualTo(403);
    }

    /**
     * Every channel that reads a release: the suppressed cell is there without its value, with its status. The SDMX
     * data, chart data, CKAN and DCAT distributions join this walk when they exist.
     */
    private static void channels(Visitor api, Visitor anonymous, String page, String dataApi) throws Exception {
        String csv = new String(api.download(dataApi + "/download.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("North,F,Y_GE65,2024,,Q,A\n").doesNotContain("North,F,Y_GE65,2024,2");
        String queried = new String(
                api.download(dataApi + "/data?format=csv&REGION=North&SEX=F").body(), StandardCharsets.UTF_8);
        assertThat(queried).contains("North,F,Y_GE65,2024,,Q,A").doesNotContain("Y_GE65,2024,2");
        for (String json : new String[] {
            new String(api.download(dataApi + "/download.json").body(), StandardCharsets.UTF_8),
            api.api("GET", dataApi + "/data?REGION=North&SEX=F&AGE=Y_GE65", null)
                    .body()
        }) {
            assertThat(json)
                    .contains("\"AGE\":\"Y_GE65\",\"TIME_PERIOD\":\"2024\",\"Population (persons)\":null")
                    .doesNotContain("\"Population (persons)\":2.0", "\"Population (persons)\":2,");
        }
        for (String xlsx : new String[] {dataApi + "/download.xlsx", dataApi + "/data?format=xlsx&REGION=North"}) {
            try (XSSFWorkbook book =
                    new XSSFWorkbook(new ByteArrayInputStream(api.download(xlsx).body()))) {
                boolean found = false;
                for (Row row : book.getSheetAt(0)) {
                    if ("Y_GE65".equals(row.getCell(2).getStringCellValue())
                            && "F".equals(row.getCell(1).getStringCellValue())
                            && "North".equals(row.getCell(0).getStringCellValue())) {
                        found = true;
                        var value = row.getCell(4);
                        assertThat(value == null || value.toString().isEmpty())
                                .as(xlsx + ": " + value)
                                .isTrue();
                    }
                }
                assertThat(found).as(xlsx).isTrue();
            }
        }
        String slugAndId = page.substring("/c/".length());
        String slug = slugAndId.substring(0, slugAndId.indexOf('/'));
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(api.api("GET", "/api/v1/communities/" + slug + "/datasets/" + id, null)
                        .body())
                .doesNotContain("Fewer than", "Y_GE65");
        // the page's chart names the codes in its choices, never the report of what was suppressed
        assertThat(anonymous.get(page).body())
                .contains("Population census")
                .doesNotContain("Fewer than 3 units", "Disclosure rules");
        assertThat(anonymous
                        .get("/data/" + id + "/chart?REGION=North&SEX=F&AGE=Y_GE65")
                        .body())
                .contains("Y_GE65")
                .doesNotContain(">2<");

        // SDMX 2.1 in each of its formats and Open SDG's CSV read the same published cells
        String flow = "/sdmx/2.1/data/DF_" + id + "/North.F.Y_GE65";
        assertThat(new String(api.download(flow + "?format=csv").body(), StandardCharsets.UTF_8))
                .contains(",North,F,Y_GE65,2024,,Q,A")
                .doesNotContain("Y_GE65,2024,2");
        for (String format : new String[] {"generic", "structurespecific", "json"}) {
            assertThat(new String(api.download(flow + "?format=" + format).body(), StandardCharsets.UTF_8))
                    .as(format)
                    .contains("Y_GE65")
                    .doesNotContain("ObsValue value=\"2\"", "OBS_VALUE=\"2\"", "[2,", "[2.0,");
        }
        assertThat(new String(
                        api.download("/api/v1/open-sdg/datasets/" + id + ".csv").body(), StandardCharsets.UTF_8))
                .contains("North,F,Y_GE65,")
                .doesNotContain("North,F,Y_GE65,2");
    }

    /** The census's structure form: {@code sexRole} as the column SEX's role, {@code unit} as the measure's. */
    private static Map<String, Object> structureForm(String sexRole, String unit) {
        return Map.of(
                "name",
                java.util.List.of("REGION", "SEX", "AGE", "TIME_PERIOD", "Population (persons)"),
                "role",
                java.util.List.of("DIMENSION", sexRole, "DIMENSION", "TIME", "MEASURE"),
                "codeList",
                java.util.List.of("FREE", "SEX", "FREE", "FREE", "FREE"),
                "unit",
                java.util.List.of("", "", "", "", unit));
    }

    private static long uploadAndConfirm(Visitor script, String api, String csv) {
        Page uploaded =
                script.api("PUT", api + "/uploads?name=census.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(uploaded.body());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        Page confirmed = script.api(
                "PUT",
                api + "/uploads/" + id + "/structure",
                "{\"columns\":[{\"name\":\"REGION\",\"role\":\"DIMENSION\",\"codeList\":\"FREE\"},"
                        + "{\"name\":\"AGE\",\"role\":\"DIMENSION\",\"codeList\":\"FREE\"}]}");
        assertThat(confirmed.body()).as(confirmed.body()).contains("\"problemCount\":0");
        return id;
    }

    private static String releaseAction(Visitor browser, String page) {
        String body = browser.get(page).body();
        int at = body.indexOf(page + "/releases/");
        return body.substring(at, body.indexOf('"', at));
    }

    private String draftOfNewDataset(Account secretariat, Visitor visitor, String title) {
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, secretariat);
        Page created = visitor.submitNoFollow(
                "/c/" + community.slug() + "/data",
                Map.of(
                        "title",
                        title,
                        "description",
                        "Persons by region, sex and age.",
                        "contactEmail",
                        "d@example.org"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = URI.create(created.location()).getPath();
        assertThat(visitor.submitNoFollow(page + "/releases", Map.of("changelog", "Census 2024"))
                        .status())
                .isEqualTo(302);
        return page;
    }
}
