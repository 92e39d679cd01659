package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A course as an EPUB 3, read back as a reading system would: the {@code mimetype} entry first and stored, the
 * container naming the package document, every manifest item in the archive and every file of the archive in the
 * manifest, a navigation document, a spine of XHTML documents each of which is well-formed XML; learners' text only
 * (the solutions unfolded, no instructor notes, even for the course's writers); a fork's attribution and a release's
 * version. (EPUBCheck, the W3C's checker, is not run: its Xerces and Saxon would take over the XML parsers of every
 * test in the same JVM.)
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseEpubIntegrationTests {

    private static final String OPF = "http://www.idpf.org/2007/opf";

    @Autowired
    Fixtures fixtures;

    Community officeA;
    Community officeB;
    Account ana;
    String course;

    @BeforeAll
    void setUp() {
        officeA = fixtures.community("Epub office A " + System.nanoTime());
        officeB = fixtures.community("Epub office B " + System.nanoTime());
        ana = fixtures.member(officeA, "Ana Maintainer", CommunityRole.FACILITATOR);
        String list = "/c/" + officeA.slug() + "/courses";
        Visitor.Page created = fixtures.signedIn(ana)
                .submitNoFollow(
                        list,
                        list,
                        fields("title", "Git & <EPUB>", "language", "fr", "licence", "CC-BY-4.0", "open", "true"));
        assertThat(created.status()).isEqualTo(302);
        course = created.location().replaceAll("^.*/courses/", "");
    }

    private static Map<String, byte[]> unzip(byte[] zip, List<ZipEntry> entries) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
                entries.add(entry);
            }
        }
        return files;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    /** Checks the book's structure and returns its XHTML documents' text, by path. */
    private static Map<String, String> check(byte[] epub) throws Exception {
        List<ZipEntry> entries = new ArrayList<>();
        Map<String, byte[]> files = unzip(epub, entries);
        assertThat(entries.get(0).getName()).isEqualTo("mimetype");
        assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(new String(files.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        // the mimetype's bytes sit at offset 38, as readers look for them
        assertThat(new String(epub, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");

        Element rootfile = (Element) parse(files.get("META-INF/container.xml"))
                .getElementsByTagName("rootfile")
                .item(0);
        String opfPath = rootfile.getAttribute("full-path");
        assertThat(opfPath).isEqualTo("EPUB/package.opf");
        Document opf = parse(files.get(opfPath));
        assertThat(opf.getDocumentElement().getAttribute("version")).isEqualTo("3.0");
        assertThat(opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "identifier")
                        .getLength())
                .isEqualTo(1);
        NodeList items = opf.getElementsByTagNameNS(OPF, "item");
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        String nav = null;
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String path = "EPUB/" + item.getAttribute("href");
            assertThat(files).as(path).containsKey(path);
            types.put(path, item.getAttribute("media-type"));
            ids.put(item.getAttribute("id"), path);
            if ("nav".equals(item.getAttribute("properties"))) {
                nav = path;
            }
        }
        assertThat(nav).isEqualTo("EPUB/nav.xhtml");
        for (String path : files.keySet()) {
            if (!path.equals("mimetype") && !path.startsWith("META-INF/") && !path.equals(opfPath)) {
                assertThat(types).as("in the manifest: " + path).containsKey(path);
            }
        }
        NodeList spine = opf.getElementsByTagNameNS(OPF, "itemref");
        assertThat(spine.getLength()).isGreaterThan(3);
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < spine.getLength(); i++) {
            String path = ids.get(((Element) spine.item(i)).getAttribute("idref"));
            assertThat(types.get(path)).isEqualTo("application/xhtml+xml");
        }
        for (Map.Entry<String, String> type : types.entrySet()) {
            if (type.getValue().equals("application/xhtml+xml")) {
                // every document parses as XML, in the XHTML namespace
                Document document = parse(files.get(type.getKey()));
                assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
                documents.put(type.getKey(), new String(files.get(type.getKey()), StandardCharsets.UTF_8));
            }
        }
        assertThat(documents.get("EPUB/nav.xhtml"))
                .contains("epub:type=\"toc\"", "episodes/01-why-version-control.xhtml");
        return documents;
    }

    @Test
    void theCourseIsAnEpubOfLearnersText() throws Exception {
        // its writer downloads it: still no instructor notes
        byte[] epub = fixtures.signedIn(ana)
                .download("/c/" + officeA.slug() + "/courses/" + course + "/course.epub")
                .body();
        Map<String, String> documents = check(epub);
        String episode3 = documents.get("EPUB/episodes/03-working-together.xhtml");
        assertThat(episode3)
                .contains("keep the right value", "class=\"solution\"")
                .doesNotContain("<details", "Pair learners up");
        // the images are in the book, at the paths the episodes name
        assertThat(String.join("", documents.values())).contains("src=\"fig/commits.svg\"");
        assertThat(unzip(epub, new ArrayList<>())).containsKey("EPUB/episodes/fig/commits.svg");
        assertThat(documents).containsKeys("EPUB/index.xhtml", "EPUB/setup.xhtml", "EPUB/glossary.xhtml");
        assertThat(documents.get("EPUB/index.xhtml"))
                .contains("Git &amp; &lt;EPUB&gt;", "xml:lang=\"fr\"", "CC-BY-4.0");
    }

    @Test
    void aReleaseOfAForkNamesItsVersionAndItsOrigin() throws Exception {
        String address = "/c/" + officeA.slug() + "/courses/" + course;
        assertThat(fixtures.signedIn(ana)
                        .submitNoFollow(
                                address + "/releases",
                                address + "/releases",
                                fields("version", "2.0", "changelog", "Done."))
                        .status())
                .isEqualTo(302);
        Account bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
        assertThat(fixtures.signedIn(bruno)
                        .submitNoFollow(
                                address + "/fork",
                                address + "/fork",
                                fields("community", officeB.slug(), "name", "livre", "language", "", "open", "true"))
                        .status())
                .isEqualTo(302);
        String fork = "/c/" + officeB.slug() + "/courses/livre";
        assertThat(fixtures.signedIn(bruno)
                        .submitNoFollow(
                                fork + "/releases", fork + "/releases", fields("version", "1.0", "changelog", "Ours."))
                        .status())
                .isEqualTo(302);
        Visitor.Download download = fixtures.anonymous().download(fork + "/v/1.0/course.epub");
        assertThat(download.status()).isEqualTo(200);
        Map<String, String> documents = check(download.body());
        assertThat(documents.get("EPUB/episodes/01-why-version-control.xhtml"))
                .contains("Adapted from", officeA.name(), "(its release 2.0)", "release 1.0");
        assertThat(fixtures.anonymous().get(fork).body()).contains(fork + "/course.epub");
        assertThat(fixtures.anonymous().download(fork + "/v/3.0/course.epub").status())
                .isEqualTo(404);
    }
}
