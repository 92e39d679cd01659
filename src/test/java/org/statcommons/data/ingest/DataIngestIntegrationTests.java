package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The story of an upload over the API: a file with problems is named row by row and cannot be stored; the corrected
 * file is confirmed and stored; the query API slices it by codes and periods (an unknown dimension or code is a problem
 * naming it); downloads come as CSV, JSON and Excel with an ETag; nothing of a draft is public.
 */
@StatCommonsIntegrationTest
class DataIngestIntegrationTests {

    @Autowired
    Fixtures fixtures;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void anUploadIsValidatedConfirmedStoredQueriedAndDownloaded() throws Exception {
        Account publisher = fixtures.account("Data publisher", PlatformRole.ADMINISTRATOR);
        Visitor script = fixtures.bearer(fixtures.token(publisher));
        String page = draftOfNewDataset(publisher, "Census");
        String api = "/api/v1/datasets/" + page.substring(page.lastIndexOf('/') + 1);
        assertThat(fixtures.anonymousApi().download(api + "/download.csv").status())
                .isEqualTo(404);

        String faulty = """
                REF_AREA;SEX;TIME_PERIOD;Population (persons);OBS_STATUS
                KEN;F;2020;100;A
                KEN;F;2020;101;A
                XYZ;M;2020;abc;A
                UGA;M;2020-Q5;7;
                """;
        Page first = script.api("PUT", api + "/uploads?name=census.csv", "text/csv", withBom(faulty));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.body())
                .contains(
                        "\"delimiter\":\";\"",
                        "\"rows\":4",
                        "\"name\":\"SEX\",\"role\":\"DIMENSION\",\"codeList\":\"SEX\"",
                        "\"name\":\"TIME_PERIOD\",\"role\":\"TIME\"",
                        "\"name\":\"OBS_STATUS\",\"role\":\"ATTRIBUTE\"");
        long uploadId = id(first.body());

        // "XYZ" and "abc" kept the guess from seeing countries and numbers: the publisher says what the columns are
        Page checked = script.api(
                "PUT",
                api + "/uploads/" + uploadId + "/structure",
                "{\"columns\":[{\"name\":\"REF_AREA\",\"role\":\"dimension\",\"codeList\":\"COUNTRY\"},"
                        + "{\"name\":\"Population (persons)\",\"role\":\"MEASURE\",\"unit\":\"persons\"}]}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body())
                .contains(
                        "Line 3: the same REF_AREA, SEX, TIME_PERIOD as line 2.",
                        "Line 4, column REF_AREA: \\\"XYZ\\\" is not a code of the column's code list.",
                        "Line 4, column Population (persons): \\\"abc\\\" is not a number.",
                        "Line 5, column TIME_PERIOD: \\\"2020-Q5\\\" is not a period",
                        "\"problemCount\":4",
                        "\"role\":\"MEASURE\",\"codeList\":\"FREE\",\"unit\":\"persons\"");
        Page refused = script.api("POST", api + "/uploads/" + uploadId + "/store", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("4 problems");

        Page wrongRole = script.api(
                "PUT",
                api + "/uploads/" + uploadId + "/structure",
                "{\"columns\":[{\"name\":\"SEX\",\"role\":\"colour\"}]}");
        assertThat(wrongRole.status()).isEqualTo(400);
        assertThat(wrongRole.body()).contains("columns[0].role");

        String clean = """
                REF_AREA,SEX,TIME_PERIOD,Population (persons),Households,OBS_STATUS
                KEN,F,2020,100,40,A
                KEN,F,2021,110,41,A
                KEN,M,2021,"1,5",42,E
                UGA,F,2021,70,30,
                UGA,F,2022-Q1,71,,M
                """.replace("\"1,5\"", "95");
        Page second =
                script.api("PUT", api + "/uploads?name=census.csv", "text/csv", clean.getBytes(StandardCharsets.UTF_8));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        long cleanId = id(second.body());
        Page confirmed = script.api(
                "PUT",
                api + "/uploads/" + cleanId + "/structure",
                "{\"columns\":[{\"name\":\"Households\",\"role\":\"MEASURE\",\"unit\":\"households\"}]}");
        assertThat(confirmed.body()).contains("\"problemCount\":0", "\"state\":\"CONFIRMED\"");
        Page stored = script.api("POST", api + "/uploads/" + cleanId + "/store", null);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("\"observations\":10");

        Page slice = script.api(
                "GET", api + "/data?draft=true&REF_AREA=KEN&MEASURE=Population%20(persons)&startPeriod=2021", null);
        assertThat(slice.status()).as(slice.body()).isEqualTo(200);
        assertThat(slice.body())
                .contains(
                        "{\"REF_AREA\":\"KEN\",\"SEX\":\"F\",\"MEASURE\":\"Population (persons)\",\"TIME_PERIOD\":\"2021\",\"OBS_VALUE\":110.0,\"OBS_STATUS\":\"A\"}",
                        "\"unit\":\"households\"")
                .doesNotContain("\"TIME_PERIOD\":\"2020\"", "UGA", "\"OBS_VALUE\":41");
        Page quarter =
                script.api("GET", api + "/data?draft=true&REF_AREA=UGA&startPeriod=2022-03&endPeriod=2022-03", null);
        assertThat(quarter.body())
                .contains("\"TIME_PERIOD\":\"2022-Q1\"", "\"OBS_VALUE\":null")
                .doesNotContain("2021");

        Page unknownDimension = script.api("GET", api + "/data?draft=true&COLOUR=red", null);
        assertThat(unknownDimension.status()).isEqualTo(400);
        assertThat(unknownDimension.body())
                .contains("The data has no dimension \\\"COLOUR\\\"", "REF_AREA, SEX, MEASURE");
        Page unknownCode = script.api("GET", api + "/data?draft=true&REF_AREA=FRA+ZZZ", null);
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.body()).contains("FRA", "ZZZ");
        // a query naming as many codes as it may is answered in one look per dimension; one more is refused
        String many = java.util.stream.IntStream.range(0, DataQueryParser.MAX_CODES - 2)
                .mapToObj(i -> "Z" + i)
                .collect(java.util.stream.Collectors.joining("%2B"));
        long started = System.nanoTime();
        Page atLimit = script.api("GET", api + "/data?draft=true&SEX=F&REF_AREA=KEN%2B" + many, null);
        assertThat(atLimit.status()).isEqualTo(400);
        assertThat(atLimit.body())
                .contains("the code \\\"Z0\\\"", "the code \\\"Z997\\\"")
                .doesNotContain("the code \\\"KEN\\\"");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        Page overLimit = script.api("GET", api + "/data?draft=true&SEX=F%2BM&REF_AREA=KEN%2B" + many, null);
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.body()).contains("codes; this one asks for");

        Visitor.Download csv = script.download(api + "/download.csv?draft=true");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("REF_AREA,SEX,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\n")
                .contains(
                        "KEN,M,Population (persons),2021,95,E,\n",
                        "UGA,F,Households,2022-Q1,,M,\n",
                        "UGA,F,Households,2021,30,A,\n");
        assertThat(text.lines()).hasSize(11);
        String etag = csv.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(script.download(api + "/download.csv?draft=true", "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        Visitor.Download gzipped = script.download(api + "/download.csv?draft=true", "Accept-Encoding", "gzip");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        Visitor.Download xlsx = script.download(api + "/download.xlsx?draft=true");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Visitor.Download json = script.download(api + "/download.json?draft=true");
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"observations\":[");

        assertThat(fixtures.anonymousApi().download(api + "/download.csv").status())
                .isEqualTo(404);
        assertThat(fixtures.anonymousApi()
                        .download(api + "/download.csv?draft=true")
                        .status())
                .isEqualTo(404);
        Visitor member = fixtures.bearer(fixtures.token(fixtures.account("Not a publisher")));
        assertThat(member.api("PUT", api + "/uploads?name=x.csv", "text/csv", clean.getBytes())
                        .status())
                .isEqualTo(403);

        // released by the reviewer (here the secretariat), the stored data is everyone's
        Visitor reviewer = fixtures.signedIn(publisher);
        String body = reviewer.get(page).body();
        int at = body.indexOf(page + "/releases/");
        String release = body.substring(at, body.indexOf('"', at));
        assertThat(reviewer.submitNoFollow(release, Map.of("at", "")).status()).isEqualTo(302);
        Visitor.Download released = fixtures.anonymousApi().download(api + "/download.csv");
        assertThat(released.status()).isEqualTo(200);
        assertThat(new String(released.body(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(script.api("PUT", api + "/uploads?name=x.csv", "text/csv", clean.getBytes())
                        .status())
                .as("no draft left to fill")
                .isEqualTo(409);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingKept() {
        Account publisher = fixtures.account("Data publisher two", PlatformRole.ADMINISTRATOR);
        Visitor script = fixtures.bearer(fixtures.token(publisher));
        String page = draftOfNewDataset(publisher, "Households");
        String api = "/api/v1/datasets/" + page.substring(page.lastIndexOf('/') + 1);
        Page named = script.api(
                "PUT", api + "/uploads?name=table.xlsx", "application/octet-stream", "a,b\n1,2\n".getBytes());
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body()).contains("not one (an .xlsx file is a zip archive)");
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        broken.writeBytes("REF_AREA,TIME_PERIOD,OBS_VALUE\nKEN,2020,1\nKEN,\"2021,2\nUGA,2020,3\n".getBytes());
        Page quote = script.api("PUT", api + "/uploads?name=t.csv", "text/csv", broken.toByteArray());
        assertThat(quote.status()).isEqualTo(400);
        assertThat(quote.body()).contains("A quote opened on line 3 is never closed");
        Page mixed = script.api("PUT", api + "/uploads?name=t.csv", "text/csv", "a,b,c\n1,2,3\n4;5;6\n".getBytes());
        assertThat(mixed.body()).contains("Line 3 does not use the delimiter of the header (,)");
        assertThat(script.api("GET", api + "/uploads/1", null).status()).isEqualTo(404);
    }

    @Test
    void valuesAreStoredAsUploadedWhateverTheirCharactersAndTheFilesOrder() {
        Account publisher = fixtures.account("Data publisher three", PlatformRole.ADMINISTRATOR);
        Visitor script = fixtures.bearer(fixtures.token(publisher));
        String page = draftOfNewDataset(publisher, "Comments");
        String api = "/api/v1/datasets/" + page.substring(page.lastIndexOf('/') + 1);
        // the series interleaved and their periods backwards: stored by series and period all the same
        String file = "REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,COMMENT_OBS\n"
                + "UGA,M,2021,2.5,\"say \"\"hi\"\", {braces} \\ back\"\n"
                + "KEN,F,2021,1e3,NULL\n"
                + "KEN,F,2020,-.5,\"a\tb\"\n"
                + "UGA,M,2020,NaN,Été ✓\n"
                + "KEN,F,2019,,\n";
        Page uploaded =
                script.api("PUT", api + "/uploads?name=c.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long uploadId = id(uploaded.body());
        Page confirmed = script.api("PUT", api + "/uploads/" + uploadId + "/structure", "{\"columns\":[]}");
        assertThat(confirmed.body()).as(confirmed.body()).contains("\"problemCount\":0");
        Page stored = script.api("POST", api + "/uploads/" + uploadId + "/store", null);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        // no disclosure rule chosen yet: the data team sees its draft as uploaded, without the statuses publishing adds
        String csv =
                new String(script.download(api + "/download.csv?draft=true").body(), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,COMMENT_OBS,OBS_STATUS,CONF_STATUS\n"
                        + "KEN,F,2019,,,,\n"
                        + "KEN,F,2020,-0.5,a\tb,,\n"
                        + "KEN,F,2021,1000,NULL,,\n"
                        + "UGA,M,2020,,Été ✓,,\n"
                        + "UGA,M,2021,2.5,\"say \"\"hi\"\", {braces} \\ back\",,\n");
    }

    /** A new community's dataset with a draft release prepared on its page, as its secretariat does; its page. */
    private String draftOfNewDataset(Account secretariat, String title) {
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, secretariat);
        Visitor visitor = fixtures.signedIn(secretariat);
        Page created = visitor.submitNoFollow(
                "/c/" + community.slug() + "/data",
                Map.of("title", title, "description", "Persons by sex.", "contactEmail", "data@example.org"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = URI.create(created.location()).getPath();
        assertThat(visitor.submitNoFollow(page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        return page;
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static long id(String json) {
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
