package org.statcommons.content.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Download;
import org.statcommons.support.Visitor.Page;

/**
 * Files attached to pages, through the running server: upload with the plain form, shown or downloaded with
 * headers that keep them from running script, refused by content and size with clear answers, stored as
 * commits, readable by members only unless the published version of the page links to them; and the API.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AttachmentsIntegrationTests {

    public static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] CSV = "region,households\nViti Levu,120\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Fixtures fixtures;

    @Autowired
    CreateAccessToken tokens;

    Community community;
    Visitor facilitator;
    Visitor member;
    Visitor outsider;
    Visitor anonymous;
    Account facilitatorPerson;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Attach", JoinPolicy.BY_REQUEST);
        facilitatorPerson = fixtures.member(community, "Ana Facilitator", CommunityRole.FACILITATOR);
        facilitator = fixtures.signedIn(facilitatorPerson);
        member = fixtures.signedIn(fixtures.member(community, "Mere Member", CommunityRole.MEMBER));
        outsider = fixtures.signedIn(fixtures.account("Outsider"));
        anonymous = fixtures.anonymous();
    }

    private String page(String path) {
        return Fixtures.space(community) + "/" + path;
    }

    private String attach(String pagePath) {
        return Fixtures.space(community) + "/-/attach/" + pagePath;
    }

    private String file(String filePath) {
        return Fixtures.space(community) + "/-/files/" + filePath;
    }

    @Test
    void aFileIsAttachedWithThePlainFormStoredAsACommitAndServedSafely() {
        fixtures.page(facilitator, community, "guide/intro", "Introduction", "The survey design.");
        Page done = facilitator.upload(page("guide/intro"), attach("guide/intro"), "chart.png", "text/html", PNG);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/space/guide/intro#files");
        assertThat(facilitator
                        .upload(
                                page("guide/intro"),
                                attach("guide/intro"),
                                "C:\\Users\\ana\\Survey report 2024.PDF",
                                "application/octet-stream",
                                PDF)
                        .status())
                .isEqualTo(302);

        Page shown = facilitator.get(page("guide/intro"));
        assertThat(shown.body())
                .contains("<img src=\"" + file("guide/intro.files/chart.png") + "\"")
                .contains("Survey-report-2024.pdf")
                .contains("PDF document")
                .contains("enctype=\"multipart/form-data\"");
        assertThat(facilitator.get(Fixtures.space(community) + "/-/history").text())
                .contains("Attach chart.png to guide/intro.md");

        Download image = member.download(file("guide/intro.files/chart.png"));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(image.header("Content-Type"))
                .as("our type, not the browser's claim")
                .isEqualTo("image/png");
        assertThat(image.header("Content-Disposition")).startsWith("inline;");
        assertSafe(image);

        Download pdf = member.download(file("guide/intro.files/Survey-report-2024.pdf"));
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Survey-report-2024.pdf\"; filename*=UTF-8''Survey-report-2024.pdf");
        assertSafe(pdf);
        assertThat(member.download(file("guide/intro.files/chart.png"), "If-None-Match", image.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    private static void assertSafe(Download download) {
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; sandbox");
        assertThat(download.header("Set-Cookie")).isNull();
    }

    @Test
    void filesAreRefusedByContentWithTheReasonNextToTheField() {
        fixtures.page(facilitator, community, "refusals", "Refusals", "Files that may not be attached.");
        Page html = facilitator.upload(
                page("refusals"),
                attach("refusals"),
                "notes.txt",
                "text/plain",
                "<!doctype html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.text()).contains("Web pages (HTML) cannot be attached");
        Page program = facilitator.upload(
                page("refusals"), attach("refusals"), "setup.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(program.text()).contains("Programs cannot be attached");
        Page script = facilitator.upload(
                page("refusals"),
                attach("refusals"),
                "start.bat",
                "text/plain",
                "del *.*".getBytes(StandardCharsets.UTF_8));
        assertThat(script.text()).contains("Web pages and scripts that run when opened (.bat) cannot be attached");
        Page empty = facilitator.upload(page("refusals"), attach("refusals"), "data.csv", "text/csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("The file is empty.");
        Page disguised =
                facilitator.upload(page("refusals"), attach("refusals"), "photo\u202Egnp.pdf", "image/png", PNG);
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.text()).contains("The file is a PNG image but its name ends in '.pdf'");
        Page traversal = facilitator.upload(
                page("refusals"), attach("refusals"), "../../../.git/hooks/data.csv", "text/csv", CSV);
        assertThat(traversal.status()).isEqualTo(302);
        assertThat(member.download(file("refusals.files/data.csv")).body()).isEqualTo(CSV);
        assertThat(facilitator
                        .upload(page("refusals"), attach("no-such-page"), "data.csv", "text/csv", CSV)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void dataCodeAudioAndVideoAreAttachedAndServedAsSafeDownloads() throws IOException {
        fixtures.page(facilitator, community, "pilot", "Pilot", "The pilot's material.");
        record Sent(String name, String claimed, byte[] content, String servedAs) {}
        List<Sent> files = List.of(
                new Sent("census.zip", "application/zip", zipOf("households.csv"), "application/zip"),
                new Sent(
                        "indicators.json",
                        "application/json",
                        "{\"SDG\":\"1.1.1\"}".getBytes(StandardCharsets.UTF_8),
                        "application/json"),
                new Sent(
                        "population.xml",
                        "text/xml",
                        ("<?xml version=\"1.0\"?><message:GenericData xmlns:message="
                                        + "\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\"/>")
                                .getBytes(StandardCharsets.UTF_8),
                        "application/xml"),
                new Sent(
                        "table.dat",
                        "application/octet-stream",
                        "1990 12.5\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain;charset=utf-8"),
                new Sent(
                        "weights.py",
                        "text/x-python",
                        "#!/usr/bin/env python3\nimport pandas\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain;charset=utf-8"),
                new Sent(
                        "model.R",
                        "text/plain",
                        "fit <- lm(y ~ x)\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain;charset=utf-8"),
                new Sent(
                        "analysis.ipynb",
                        "application/json",
                        "{\"cells\":[],\"nbformat\":4}".getBytes(StandardCharsets.UTF_8),
                        "application/x-ipynb+json"),
                new Sent("interview.mp3", "audio/mpeg", new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0}, "audio/mpeg"),
                new Sent(
                        "webinar.mp4",
                        "video/mp4",
                        new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0},
                        "video/mp4"));
        for (Sent sent : files) {
            Page done = facilitator.upload(page("pilot"), attach("pilot"), sent.name(), sent.claimed(), sent.content());
            assertThat(done.status()).as(sent.name() + ": " + done.text()).isEqualTo(302);
            String stored = sent.name().equals("model.R") ? "model.r" : sent.name();
            Download download = member.download(file("pilot.files/" + stored));
            assertThat(download.body()).as(stored).isEqualTo(sent.content());
            assertThat(download.header("Content-Type").replace(" ", ""))
                    .as(stored)
                    .isEqualTo(sent.servedAs().replace(" ", ""));
            assertThat(download.header("Content-Disposition")).as(stored).startsWith("attachment;");
            assertSafe(download);
        }
        assertThat(facilitator.get(page("pilot")).text())
                .contains("ZIP archive", "Jupyter notebook", "MP3 sound file", "MPEG-4 video");
    }

    /** A plain ZIP archive, as a statistical office exports a set of tables. */
    private static byte[] zipOf(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(CSV);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aFileAboveTheLimitGetsAClearRefusal() {
        fixtures.page(facilitator, community, "big", "Big", "A large file.");
        byte[] large = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Page refused = facilitator.upload(page("big"), attach("big"), "huge.pdf", "application/pdf", large);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text()).contains("The file is too large: at most 25 MB may be attached");
        Page api = facilitator.apiUpload(
                "/api/v1/communities/" + community.slug() + "/pages/big/attachments",
                "huge.pdf",
                "application/pdf",
                large);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(api.body()).contains("\"limit\":26214400");
    }

    @Test
    void onlyEditorsChangeFilesAndOnlyMembersReadThem() {
        fixtures.page(facilitator, community, "private", "Private", "Members only.");
        assertThat(facilitator
                        .upload(page("private"), attach("private"), "data.csv", "text/csv", CSV)
                        .status())
                .isEqualTo(302);
        assertThat(member.upload(page("private"), attach("private"), "mine.csv", "text/csv", CSV)
                        .status())
                .isEqualTo(403);
        assertThat(member.download(file("private.files/data.csv")).status()).isEqualTo(200);
        assertThat(outsider.download(file("private.files/data.csv")).status()).isEqualTo(403);
        Download signIn = anonymous.download(file("private.files/data.csv"));
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).contains("/sign-in");
        assertThat(anonymous
                        .download("/c/" + community.slug() + "/p/-/files/private.files/data.csv")
                        .status())
                .isEqualTo(404);
        Page removed = member.submitNoFollow(
                page("private"), Fixtures.space(community) + "/-/detach/private.files/data.csv", fields());
        assertThat(removed.status()).isEqualTo(403);
        assertThat(member.download(file("private.files/data.csv")).status()).isEqualTo(200);
    }

    @Test
    void theFilesAPublishedVersionShowsArePublicAsPublished() {
        fixtures.page(
                facilitator,
                community,
                "report",
                "Report",
                "![Households](report.files/chart.png)\n\n[The table](report.files/table.csv)");
        facilitator.upload(page("report"), attach("report"), "chart.png", "image/png", PNG);
        facilitator.upload(page("report"), attach("report"), "table.csv", "text/csv", CSV);
        facilitator.upload(
                page("report"),
                attach("report"),
                "raw-data.csv",
                "text/csv",
                "id,answer\n1,secret\n".getBytes(StandardCharsets.UTF_8));
        Page member = facilitator.get(page("report"));
        assertThat(member.body())
                .contains("src=\"" + file("report.files/chart.png") + "\"")
                .contains("href=\"" + file("report.files/table.csv") + "\"");
        facilitator.submit(page("report"), Fixtures.space(community) + "/-/publish/report", fields());

        String published = "/c/" + community.slug() + "/p/";
        Page read = anonymous.get(published + "report");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .contains("src=\"" + published + "-/files/report.files/chart.png\"")
                .contains("href=\"" + published + "-/files/report.files/table.csv\"");
        Download chart = anonymous.download(published + "-/files/report.files/chart.png");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body()).isEqualTo(PNG);
        assertThat(chart.header("Cache-Control")).contains("public");
        assertSafe(chart);
        assertThat(anonymous
                        .download(published + "-/files/report.files/table.csv")
                        .header("Content-Disposition"))
                .startsWith("attachment;");
        assertThat(anonymous
                        .download(published + "-/files/report.files/raw-data.csv")
                        .status())
                .as("attached but not shown by the published version")
                .isEqualTo(404);

        // a new chart after publishing stays private until published again
        byte[] newer = PNG.clone();
        newer[newer.length - 1] = 2;
        facilitator.upload(page("report"), attach("report"), "chart.png", "image/png", newer);
        assertThat(anonymous
                        .download(published + "-/files/report.files/chart.png")
                        .body())
                .isEqualTo(PNG);
        assertThat(this.member.download(file("report.files/chart.png")).body()).isEqualTo(newer);

        facilitator.submit(page("report"), Fixtures.space(community) + "/-/unpublish/report", fields());
        assertThat(anonymous
                        .download(published + "-/files/report.files/chart.png")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiListsUploadsDownloadsAndRemoves() {
        fixtures.page(facilitator, community, "methods/sampling", "Sampling", "Sampling frame.");
        String token = tokens.create(
                        facilitatorPerson.id(),
                        new NewAccessToken("files", EnumSet.of(TokenScope.READ, TokenScope.WRITE), null))
                .secret();
        String api = "/api/v1/communities/" + community.slug() + "/pages/methods/sampling/attachments";
        Page uploaded = facilitator.apiUpload(api, "frame.csv", "text/csv", CSV);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body())
                .contains("\"name\":\"frame.csv\"")
                .contains("\"path\":\"methods/sampling.files/frame.csv\"");
        Page listed = fixtures.bearer(token).api("GET", api, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body())
                .contains("\"name\":\"frame.csv\"")
                .contains("\"size\":" + CSV.length)
                .contains("text/csv");
        Download got = facilitator.download(api + "/frame.csv");
        assertThat(got.body()).isEqualTo(CSV);
        assertSafe(got);
        Page bad = facilitator.apiUpload(api, "x.png", "image/png", PDF);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The file is a PDF document but its name ends in");
        assertThat(fixtures.bearer(token)
                        .api("DELETE", api + "/frame.csv", null)
                        .status())
                .isEqualTo(204);
        assertThat(facilitator.download(api + "/frame.csv").status()).isEqualTo(404);
        assertThat(outsider.api("GET", api, null).status()).isEqualTo(403);
        assertThat(member.apiUpload(api, "frame.csv", "text/csv", CSV).status()).isEqualTo(403);
        // the page itself is still read at its own address
        assertThat(facilitator
                        .api("GET", "/api/v1/communities/" + community.slug() + "/pages/methods/sampling", null)
                        .body())
                .contains("Sampling frame.");
    }
}
