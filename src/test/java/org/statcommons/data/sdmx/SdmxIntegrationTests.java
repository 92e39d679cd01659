package org.statcommons.data.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.support.CpuTime;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SdmxDl;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * SDMX 2.1 REST and Open SDG over a released dataset imported from an Open SDG file: the structure messages and data in
 * every format (valid against the official SDMX 2.1 schemas kept in the test resources), a missing value written as
 * missing, the refusals as SDMX error messages, nothing of a draft; and a real SDMX client, sdmx-dl, reading the flows,
 * the structure and a slice from the running server.
 */
@StatCommonsIntegrationTest
class SdmxIntegrationTests {

    /** An SDG indicator's data as Open SDG writes it: empty disaggregations are totals, an empty value is missing. */
    static final String OPEN_SDG = """
            Year,Sex,Age,Units,Value
            2020,,,Percent,10.5
            2020,F,,Percent,12
            2020,M,,Percent,9
            2020,F,15-24,Percent,
            2021,,,Percent,11
            2021,F,,Percent,13.25
            2021,M,,Percent,8
            """;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataRequestParser parser;

    Account publisher;
    Visitor script;

    @BeforeEach
    void publisher() {
        publisher = fixtures.account("SDMX publisher", PlatformRole.ADMINISTRATOR);
        script = fixtures.bearer(fixtures.token(publisher));
    }

    @Test
    void aReleasedOpenSdgFileIsReadThroughSdmxInEveryFormatAndBackAsOpenSdg() throws Exception {
        // an indicator no other test tags: its Open SDG file gathers every released dataset of the shared server
        String page = draftOfNewDataset("Violence against women", "3.3.1");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String flow = "DF_" + id;
        upload(id, OPEN_SDG);
        Visitor anyone = fixtures.anonymousApi();
        // stored but not released: it does not exist here
        assertThat(anyone.download("/sdmx/2.1/dataflow/all/" + flow + "/latest").status())
                .isEqualTo(404);
        assertThat(anyone.download("/sdmx/2.1/data/" + flow).status()).isEqualTo(404);
        assertThat(anyone.download("/api/v1/open-sdg/datasets/" + id + ".csv").status())
                .isEqualTo(404);
        release(page);

        String flows = text(anyone.download("/sdmx/2.1/dataflow"));
        assertThat(flows)
                .contains(
                        "<structure:Dataflow id=\"" + flow + "\"",
                        "agencyID=\"STATCOMMONS\" version=\"1.0\"",
                        ">Violence against women</common:Name>");
        valid(flows);

        Visitor.Download dsd = anyone.download(
                "/sdmx/2.1/datastructure/STATCOMMONS/DSD_" + id + "/1.0?references=children",
                "Accept",
                "application/vnd.sdmx.structure+xml;version=2.1");
        assertThat(dsd.header("Content-Type")).startsWith("application/vnd.sdmx.structure+xml;version=2.1");
        String structure = text(dsd);
        assertThat(structure)
                .contains(
                        "<structure:Codelist id=\"CL_" + id + "_Sex\"",
                        "<structure:Code id=\"F\"",
                        ">Female</common:Name>",
                        "<structure:Code id=\"15-24\"",
                        "<structure:Concept id=\"Units\"",
                        "<structure:Dimension id=\"Age\"",
                        "<structure:TimeDimension id=\"TIME_PERIOD\"",
                        "<structure:PrimaryMeasure id=\"OBS_VALUE\"");
        valid(structure);
        String codelist = text(anyone.download("/sdmx/2.1/codelist/STATCOMMONS/CL_" + id + "_Age/latest"));
        assertThat(codelist).contains("<structure:Code id=\"_T\"").doesNotContain("CL_" + id + "_Sex");
        valid(codelist);

        // Generic by default; the slice F.. holds the missing value of 15-24 in 2020, written without a value
        Visitor.Download generic = anyone.download("/sdmx/2.1/data/" + flow + "/F..?startPeriod=2020&endPeriod=2020");
        assertThat(generic.status()).isEqualTo(200);
        assertThat(generic.header("Content-Type")).startsWith("application/vnd.sdmx.genericdata+xml;version=2.1");
        String genericText = text(generic);
        assertThat(genericText)
                .contains(
                        "<generic:Value id=\"Sex\" value=\"F\"/>",
                        "<generic:ObsDimension value=\"2020\"/><generic:ObsValue value=\"12\"/>",
                        "<generic:Value id=\"Age\" value=\"15-24\"/>",
                        "<generic:ObsDimension value=\"2020\"/><generic:Attributes>"
                                + "<generic:Value id=\"OBS_STATUS\" value=\"O\"/></generic:Attributes></generic:Obs>")
                .doesNotContain("value=\"13.25\"", "value=\"M\"", "value=\"0\"");
        valid(genericText);
        String flat = text(anyone.download("/sdmx/2.1/data/" + flow + "/M..?dimensionAtObservation=AllDimensions"));
        assertThat(flat).contains("<generic:ObsKey><generic:Value id=\"Sex\" value=\"M\"/>");
        valid(flat);

        String specific = text(anyone.download(
                "/sdmx/2.1/data/STATCOMMONS," + flow + ",1.0/F._T.Percent/all",
                "Accept",
                "application/vnd.sdmx.structurespecificdata+xml;version=2.1"));
        assertThat(specific)
                .contains(
                        "<Series Sex=\"F\" Age=\"_T\" Units=\"Percent\">",
                        "<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"12\" OBS_STATUS=\"A\"/>"
                                + "<Obs TIME_PERIOD=\"2021\" OBS_VALUE=\"13.25\" OBS_STATUS=\"A\"/>",
                        "xsi:type=\"ns1:DataSetType\"");

        Visitor.Download csv =
                anyone.download("/sdmx/2.1/data/" + flow, "Accept", "application/vnd.sdmx.data+csv;version=1.0.0");
        assertThat(csv.header("Content-Type")).startsWith("application/vnd.sdmx.data+csv;version=1.0.0");
        assertThat(text(csv))
                .startsWith("DATAFLOW,Sex,Age,Units,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\n")
                .contains(
                        "STATCOMMONS:" + flow + "(1.0),F,15-24,Percent,2020,,O,\n",
                        "STATCOMMONS:" + flow + "(1.0),F,_T,Percent,2021,13.25,A,\n");
        assertThat(text(csv).lines()).hasSize(8);
        assertThat(text(anyone.download("/sdmx/2.1/data/" + flow + "/.15-24.?format=csv")))
                .isEqualTo("DATAFLOW,Sex,Age,Units,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\nSTATCOMMONS:" + flow
                        + "(1.0),F,15-24,Percent,2020,,O,\n");

        String json = text(anyone.download(
                "/sdmx/2.1/data/" + flow + "/_T..", "Accept", "application/vnd.sdmx.data+json;version=1.0.0"));
        assertThat(json)
                .contains(
                        "\"series\":{\"0:0:0\":{\"attributes\":[],\"observations\":{\"0\":[10.5,0,null],\"1\":[11.0,0,null]}}}",
                        "{\"id\":\"OBS_STATUS\",\"name\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\",\"name\":\"A\"}]}",
                        "{\"id\":\"TIME_PERIOD\",\"name\":\"Time period\",\"keyPosition\":3,\"role\":\"time\","
                                + "\"values\":[{\"id\":\"2020\",\"name\":\"2020\"},{\"id\":\"2021\",\"name\":\"2021\"}]}");
        assertThat(text(anyone.download("/sdmx/2.1/data/" + flow + "/F..?format=jsondata")))
                .contains("\"observations\":{\"0\":[null,")
                .doesNotContain("\"observations\":{\"0\":[0");

        assertThat(text(anyone.download("/sdmx/2.1/data/" + flow + "/._T.?format=csv&lastNObservations=1")))
                .contains("F,_T,Percent,2021,13.25")
                .doesNotContain("2020");
        assertThat(text(anyone.download("/sdmx/2.1/data/" + flow + "?format=csv&firstNObservations=1&detail=dataonly")))
                .contains("M,_T,Percent,2020,9")
                .doesNotContain("2021");
        String keys = text(anyone.download("/sdmx/2.1/data/" + flow + "?detail=serieskeysonly"));
        assertThat(keys).contains("<generic:SeriesKey>").doesNotContain("<generic:Obs>");
        valid(keys);

        // Open SDG back out: the file as it came in (totals empty again), per dataset and per indicator
        String expected = """
                Year,Sex,Age,Units,Value
                2020,F,15-24,Percent,
                2020,F,,Percent,12
                2021,F,,Percent,13.25
                2020,M,,Percent,9
                2021,M,,Percent,8
                2020,,,Percent,10.5
                2021,,,Percent,11
                """;
        assertThat(text(anyone.download("/api/v1/open-sdg/datasets/" + id + ".csv")))
                .isEqualTo(expected);
        assertThat(text(anyone.download("/api/v1/open-sdg/indicators/3-3-1.csv")))
                .isEqualTo(expected);
        assertThat(anyone.download("/api/v1/open-sdg/indicators/5.2.9.csv").status())
                .isEqualTo(404);
        Visitor.Download badIndicator = anyone.download("/api/v1/open-sdg/indicators/five.csv");
        assertThat(badIndicator.status()).isEqualTo(400);
        assertThat(text(badIndicator)).contains("is not an SDG indicator");

        readWithSdmxDl(flow);
    }

    @Test
    void badQueriesAreAnsweredWithSdmxErrorMessagesNamingWhatIsWrong() throws Exception {
        String page = draftOfNewDataset("Refusals", "5.2.1");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String flow = "DF_" + id;
        upload(id, OPEN_SDG);
        release(page);
        Visitor anyone = fixtures.anonymousApi();

        Visitor.Download unknownCode = anyone.download("/sdmx/2.1/data/" + flow + "/X..");
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(text(unknownCode))
                .contains("<message:ErrorMessage code=\"100\">", "no observation has the code \"X\" for Sex");
        valid(text(unknownCode));
        Visitor.Download noSeries = anyone.download("/sdmx/2.1/data/" + flow + "/M.15-24.");
        assertThat(noSeries.status()).isEqualTo(404);
        assertThat(text(noSeries)).contains("no series matches the key \"M.15-24.\"");
        Visitor.Download noPeriod = anyone.download("/sdmx/2.1/data/" + flow + "?startPeriod=2030");
        assertThat(noPeriod.status()).isEqualTo(404);
        assertThat(text(noPeriod)).contains("code=\"100\"");

        Visitor.Download shortKey = anyone.download("/sdmx/2.1/data/" + flow + "/F.F");
        assertThat(shortKey.status()).isEqualTo(400);
        assertThat(text(shortKey))
                .contains(
                        "code=\"150\"",
                        "The key \"F.F\" has 2 parts where the dataflow has 3 dimensions (Sex.Age.Units)");
        Visitor.Download badPeriod = anyone.download("/sdmx/2.1/data/" + flow + "?startPeriod=2020-13&endPeriod=soon");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(text(badPeriod))
                .contains("code=\"140\"", "startPeriod \"2020-13\" is not an SDMX period", "endPeriod \"soon\"");
        Visitor.Download unknownParameter = anyone.download("/sdmx/2.1/data/" + flow + "?colour=red&detail=most");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(text(unknownParameter))
                .contains("SDMX defines no parameter \"colour\"", "detail is full, dataonly, serieskeysonly or nodata");
        assertThat(anyone.download("/sdmx/2.1/dataflow?color=red").status()).isEqualTo(400);
        Visitor.Download unknownFlow = anyone.download("/sdmx/2.1/data/DF_999999999");
        assertThat(unknownFlow.status()).isEqualTo(404);
        assertThat(text(unknownFlow)).contains("No released dataset is the dataflow \"DF_999999999\"");
        assertThat(anyone.download("/sdmx/2.1/data/OTHER," + flow + ",latest").status())
                .isEqualTo(404);
        // resources of SDMX 2.1 not offered here, and addresses that are none, answered as SDMX errors
        Visitor.Download constraint = anyone.download("/sdmx/2.1/availableconstraint/" + flow + "/all/all/all");
        assertThat(constraint.status()).isEqualTo(501);
        assertThat(text(constraint))
                .contains("code=\"501\"", "not offered here", "data, dataflow, datastructure, codelist, conceptscheme");
        valid(text(constraint));
        Visitor.Download nowhere = anyone.download("/sdmx/2.1/dataflows/STATCOMMONS");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(text(nowhere)).contains("code=\"100\"", "no such resource");
        valid(text(nowhere));
        assertThat(anyone.download("/sdmx/2.1/data/" + flow, "Accept", "image/png")
                        .status())
                .isEqualTo(406);
        assertThat(anyone.download("/sdmx/2.1/data/" + flow + "?format=pdf").status())
                .isEqualTo(400);

        // a key of 10,000 codes is refused at once, by the server's limit on a request's head or by ours
        String many = IntStream.range(0, 10_000).mapToObj(i -> "C" + i).collect(Collectors.joining("+"));
        long started = System.nanoTime();
        assertThat(anyone.download("/sdmx/2.1/data/" + flow + "/" + many + "..").status())
                .isEqualTo(400);
        String thousandOne =
                IntStream.range(0, 1_001).mapToObj(i -> "" + i % 10).collect(Collectors.joining("+"));
        Visitor.Download tooMany = anyone.download("/sdmx/2.1/data/" + flow + "/" + thousandOne + "..");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(text(tooMany)).contains("A key names at most 1,000 codes");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        // the parser itself at its limits, in processor time: a key of the most codes (1,000, all one stored code) is
        // looked up once; 1,000 codes none has are refused at the first; a key of 8,000 parts, a 1 MB period or count
        // and an Accept header of 2,000 types are refused without reading anything
        String thousand = String.join("+", java.util.Collections.nCopies(DataRequestParser.MAX_CODES, "F"));
        CpuTime.Measured<DataRequest> atLimit =
                CpuTime.of(() -> parser.parse(flow, thousand + "..", null, none(), null));
        assertThat(atLimit.result().series()).hasSize(2);
        assertThat(atLimit.cpu()).isLessThan(Duration.ofSeconds(1));
        String unknown = IntStream.range(0, DataRequestParser.MAX_CODES)
                .mapToObj(i -> "X" + i)
                .collect(Collectors.joining("+"));
        CpuTime.Measured<RuntimeException> noneKnown =
                CpuTime.of(() -> refusal(() -> parser.parse(flow, unknown + "..", null, none(), null)));
        assertThat(noneKnown.result()).isInstanceOf(NotFoundException.class).hasMessageContaining("X0");
        assertThat(noneKnown.cpu()).isLessThan(Duration.ofSeconds(1));
        String huge = "2".repeat(1024 * 1024);
        LinkedMultiValueMap<String, String> hostile = new LinkedMultiValueMap<>();
        hostile.add("startPeriod", huge);
        hostile.add("endPeriod", "2020-" + "1".repeat(1024 * 1024));
        hostile.add("lastNObservations", huge);
        hostile.add("updatedAfter", huge);
        CpuTime.Measured<List<RuntimeException>> refused = CpuTime.of(() -> List.of(
                refusal(() -> parser.parse(flow, ".".repeat(8_000), null, none(), null)),
                refusal(() -> parser.parse(flow, "F..", null, hostile, null)),
                refusal(() -> parser.parse(flow, "F..", null, none(), "x/y;q=1,".repeat(2_000)))));
        assertThat(refused.result().get(0)).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.result().get(1)).errors())
                .extracting(InvalidInputException.FieldMessage::field)
                .containsExactlyInAnyOrder("startPeriod", "endPeriod", "lastNObservations", "updatedAfter");
        assertThat(refused.result().get(2)).isInstanceOf(NotAcceptableException.class);
        assertThat(refused.cpu()).isLessThan(Duration.ofSeconds(1));

        // an Open SDG file with a text value, or without its Value column, is named by line and column
        String next = draftOfNewDataset("Broken Open SDG", "5.2.1");
        long other = Long.parseLong(next.substring(next.lastIndexOf('/') + 1));
        Page text = script.api(
                "PUT",
                "/api/v1/datasets/" + other + "/uploads?name=indicator_5-2-1.csv",
                "text/csv",
                "Year,Sex,Value\n2020,,10\n2020,F,ten\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).as(text.body()).isEqualTo(201);
        Page checked =
                script.api("PUT", "/api/v1/datasets/" + other + "/uploads/" + id(text.body()) + "/structure", "{}");
        assertThat(checked.body()).contains("Line 3, column Value: \\\"ten\\\" is not a number.", "\"problemCount\":1");
        Page noValue = script.api(
                "PUT",
                "/api/v1/datasets/" + other + "/uploads?name=indicator_5-2-1.csv",
                "text/csv",
                "Year,Sex,Units\n2020,F,Percent\n".getBytes(StandardCharsets.UTF_8));
        Page noMeasure =
                script.api("PUT", "/api/v1/datasets/" + other + "/uploads/" + id(noValue.body()) + "/structure", "{}");
        assertThat(noMeasure.body()).contains("No column is a measure.");
    }

    private static LinkedMultiValueMap<String, String> none() {
        return new LinkedMultiValueMap<>();
    }

    /** What a parse throws (the test fails when it throws nothing). */
    private static RuntimeException refusal(Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the parse was not refused");
    }

    /** sdmx-dl's SDMX 2.1 driver reads the flows, the structure and a slice from this server, as from any agency. */
    private void readWithSdmxDl(String flow) throws Exception {
        try (SdmxDl sdmx = SdmxDl.of(fixtures.port())) {
            assertThat(sdmx.flows()).contains(flow);
            assertThat(sdmx.dimensions(flow)).containsExactly("Sex", "Age", "Units");
            assertThat(sdmx.timeDimension(flow)).isEqualTo("TIME_PERIOD");
            Map<String, List<Double>> values = sdmx.values(flow, "F..");
            assertThat(values).containsOnlyKeys("F._T.Percent", "F.15-24.Percent");
            assertThat(values.get("F._T.Percent")).containsExactly(12.0, 13.25);
            // the series whose one value is missing: sdmx-dl keeps no observation without a value (never a 0)
            assertThat(values.get("F.15-24.Percent")).isEmpty();
        }
    }

    private String draftOfNewDataset(String title, String sdg) {
        Community community = fixtures.community(title + " office", JoinPolicy.OPEN, publisher);
        Visitor visitor = fixtures.signedIn(publisher);
        Page created = visitor.submitNoFollow(
                "/c/" + community.slug() + "/data",
                Map.of(
                        "title",
                        title,
                        "description",
                        "Share of women by age.",
                        "contactEmail",
                        "data@example.org",
                        "sdgCodes",
                        sdg));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = URI.create(created.location()).getPath();
        assertThat(visitor.submitNoFollow(page + "/releases", Map.of("changelog", "First release"))
                        .status())
                .isEqualTo(302);
        return page;
    }

    private void upload(long id, String file) {
        String api = "/api/v1/datasets/" + id;
        Page uploaded = script.api(
                "PUT", api + "/uploads?name=indicator_5-2-1.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body())
                .contains(
                        "\"name\":\"Year\",\"role\":\"TIME\"",
                        "\"name\":\"Sex\",\"role\":\"DIMENSION\",\"codeList\":\"SEX\"",
                        "\"name\":\"Units\",\"role\":\"DIMENSION\"",
                        "\"name\":\"Value\",\"role\":\"MEASURE\"");
        long upload = id(uploaded.body());
        Page confirmed = script.api("PUT", api + "/uploads/" + upload + "/structure", "{}");
        assertThat(confirmed.body()).as(confirmed.body()).contains("\"problemCount\":0");
        // rates, not counts: the publisher chooses no frequency threshold (one would refuse the release)
        Page rules = script.api("PUT", api + "/disclosure/rules", "{}");
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);
        Page stored = script.api("POST", api + "/uploads/" + upload + "/store", null);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    private void release(String page) {
        Visitor reviewer = fixtures.signedIn(publisher);
        String body = reviewer.get(page).body();
        int at = body.indexOf(page + "/releases/");
        String release = body.substring(at, body.indexOf('"', at));
        assertThat(reviewer.submitNoFollow(release, Map.of("at", "")).status()).isEqualTo(302);
    }

    private static String text(Visitor.Download download) {
        return new String(download.body(), StandardCharsets.UTF_8);
    }

    /** Valid against the official SDMX-ML 2.1 schemas (src/test/resources/sdmx-2.1-schemas, with their notice). */
    private void valid(String xml) throws Exception {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private Schema schema;

    private Schema schema() throws Exception {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(SdmxIntegrationTests.class.getResource("/sdmx-2.1-schemas/SDMXMessage.xsd"));
        }
        return schema;
    }

    private static long id(String json) {
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
