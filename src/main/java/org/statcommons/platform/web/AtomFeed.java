package org.statcommons.platform.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.statcommons.platform.i18n.Language;

/**
 * An Atom feed (RFC 4287) written with the JDK's XML writer, so that titles typed by people are escaped,
 * and answered with a strong entity tag of its bytes: a feed reader polling an unchanged feed gets a 304.
 *
 * @param id        the feed's permanent address (its own URL)
 * @param title     plain text
 * @param self      where the feed is fetched
 * @param alternate the page the feed follows
 * @param author    who the feed is by, when an entry names no one
 * @param updated   when the feed last changed (the newest entry, or when its subject was created)
 * @param language  the language of the feed's own words ({@code xml:lang}); what people wrote stays as written
 */
public record AtomFeed(
        String id,
        String title,
        String self,
        String alternate,
        String author,
        Instant updated,
        Language language,
        List<Entry> entries) {

    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /**
     * One entry.
     *
     * @param id      a permanent, unique address for this entry
     * @param author  who did it, or null for the feed's author
     */
    public record Entry(String id, String title, String link, Instant updated, String summary, String author) {}

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /** The feed as XML. */
    public String xml() {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", time(updated));
            link(xml, "self", self);
            link(xml, "alternate", alternate);
            author(xml, author);
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                link(xml, "alternate", entry.link());
                element(xml, "updated", time(entry.updated()));
                if (entry.author() != null && !entry.author().isBlank()) {
                    author(xml, entry.author());
                }
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    element(xml, "summary", entry.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An Atom feed could not be written", e);
        }
    }

    /**
     * The answer to a GET: the feed with its entity tag and the given caching, or 304 Not Modified when the
     * reader's {@code If-None-Match} names this very feed. Shared caches keep one copy per {@code Accept-Language},
     * which chooses the feed's language when the address names none.
     */
    public ResponseEntity<String> answer(String ifNoneMatch, CacheControl caching) {
        String body = xml();
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.strip().equals("*")
                        || List.of(ifNoneMatch.split(",")).stream()
                                .map(String::strip)
                                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag)))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(caching)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .eTag(etag)
                .cacheControl(caching)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        // control characters other than tab and line breaks cannot appear in XML 1.0 at all, not even escaped
        xml.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
