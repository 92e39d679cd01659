package org.statcommons.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.attachments.AttachmentsIntegrationTests;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Download;
import org.statcommons.support.Visitor.Page;

/**
 * The published pages of a space as one zip for reading offline: anyone may download it; it holds the published
 * versions only, each page's files, one stylesheet and an index, and every link inside leads to a file of the zip.
 */
@StatCommonsIntegrationTest
class PublishedDownloadIntegrationTests {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Autowired
    Fixtures fixtures;

    @Test
    void theZipHoldsThePublishedPagesWithLinksThatLeadInsideIt() throws IOException {
        Community community = fixtures.community("Offline");
        Visitor facilitator =
                fixtures.signedIn(fixtures.member(community, "Ola Facilitator", CommunityRole.FACILITATOR));
        String space = Fixtures.space(community);
        fixtures.page(
                facilitator,
                community,
                "handbook/intro",
                "Introduction",
                "See [sampling](../methods/sampling.md), [[Sampling]] and the chart:\n\n![chart](intro.files/chart.png)\n");
        facilitator.upload(
                space + "/handbook/intro",
                space + "/-/attach/handbook/intro",
                "chart.png",
                "image/png",
                AttachmentsIntegrationTests.PNG);
        fixtures.page(
                facilitator,
                community,
                "methods/sampling",
                "Sampling",
                "Back to [the start](../handbook/intro.md), its chart shown again (one entry in the zip):\n\n"
                        + "![chart](../handbook/intro.files/chart.png)\n");
        fixtures.page(facilitator, community, "notes", "Notes", "Secret-offline-42 stays among members.\n");
        publish(facilitator, space, "handbook/intro");
        publish(facilitator, space, "methods/sampling");
        assertThat(facilitator.get(space).body()).contains("href=\"/c/" + community.slug() + "/p/-/published.zip\"");

        Download download = fixtures.anonymous().download("/c/" + community.slug() + "/p/-/published.zip");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/zip");
        assertThat(download.header("Content-Disposition")).contains(community.slug() + "-published.zip");
        Map<String, byte[]> files = unzip(download.body());
        assertThat(files)
                .containsOnlyKeys(
                        "statcommons.css",
                        "index.html",
                        "handbook/intro.html",
                        "handbook/intro.files/chart.png",
                        "methods/sampling.html");
        assertThat(files.get("handbook/intro.files/chart.png")).isEqualTo(AttachmentsIntegrationTests.PNG);
        files.values()
                .forEach(content ->
                        assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain("Secret-offline-42"));

        // every link and image of every page leads to a file of the zip
        int followed = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Matcher link = LINK.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            while (link.find()) {
                String target = URLDecoder.decode(
                        URI.create("zip:/" + file.getKey())
                                .resolve(link.group(1))
                                .getPath()
                                .substring(1),
                        StandardCharsets.UTF_8);
                assertThat(files)
                        .as(file.getKey() + " links to " + link.group(1))
                        .containsKey(target);
                followed++;
            }
        }
        assertThat(followed).isGreaterThanOrEqualTo(9);
        assertThat(new String(files.get("handbook/intro.html"), StandardCharsets.UTF_8))
                .contains("href=\"../methods/sampling.html\"")
                .contains("src=\"../handbook/intro.files/chart.png\"");
        assertThat(new String(files.get("index.html"), StandardCharsets.UTF_8))
                .contains("<a href=\"handbook/intro.html\">Introduction</a>");

        assertThat(fixtures.anonymous()
                        .get("/c/no-such-community/p/-/published.zip")
                        .status())
                .isEqualTo(404);
    }

    private static void publish(Visitor facilitator, String space, String page) {
        Page shown = facilitator.get(space + "/" + page);
        String version = shown.body().replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]{40})\".*", "$1");
        assertThat(facilitator
                        .post(space + "/-/publish/" + page, fields("_csrf", shown.csrf(), "version", version))
                        .status())
                .isEqualTo(200);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
