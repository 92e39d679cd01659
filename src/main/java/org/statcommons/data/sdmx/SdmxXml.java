package org.statcommons.data.sdmx;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An SDMX-ML 2.1 message written with StAX straight to the answer (a buffer of 64 KB between them): the namespaces
 * and the header that every message shares. Methods throw {@link IllegalStateException} for a failed write, which
 * only a closed connection causes.
 */
final class SdmxXml {

    static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String GENERIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String STRUCTURE_SPECIFIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    SdmxXml(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the document and its root element, declaring these prefixes (prefix, namespace, …). */
    SdmxXml root(String localName, String... prefixesAndNamespaces) {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("message", MESSAGE);
            xml.writeStartElement("message", localName, MESSAGE);
            xml.writeNamespace("message", MESSAGE);
            xml.setPrefix("message", MESSAGE);
            for (int i = 0; i < prefixesAndNamespaces.length; i += 2) {
                xml.writeNamespace(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
                xml.setPrefix(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's first part: an id, not a test, when it was prepared, who sent it. */
    SdmxXml header(String id, String sender, Clock clock) {
        start(MESSAGE, "Header");
        element(MESSAGE, "ID", id);
        element(MESSAGE, "Test", "false");
        element(
                MESSAGE,
                "Prepared",
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        empty(MESSAGE, "Sender").attribute("id", sender);
        return this;
    }

    SdmxXml start(String namespace, String localName) {
        try {
            xml.writeStartElement(namespace, localName);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without content, whose attributes follow; it is not ended. */
    SdmxXml empty(String namespace, String localName) {
        try {
            xml.writeEmptyElement(namespace, localName);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without a namespace and without content ({@code Ref}, {@code Obs}); it is not ended. */
    SdmxXml empty(String localName) {
        try {
            xml.writeEmptyElement(localName);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without a namespace ({@code Ref}, {@code Series}, {@code Obs} of structure-specific data). */
    SdmxXml start(String localName) {
        try {
            xml.writeStartElement(localName);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SdmxXml attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SdmxXml attribute(String namespace, String name, String value) {
        try {
            xml.writeAttribute(namespace, name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SdmxXml text(String text) {
        try {
            xml.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SdmxXml element(String namespace, String localName, String text) {
        return start(namespace, localName).text(text).end();
    }

    /** A name or description in English: {@code <common:Name xml:lang="en">…</common:Name>}. */
    SdmxXml english(String localName, String text) {
        return start(COMMON, localName).attribute(XML, "lang", "en").text(text).end();
    }

    SdmxXml end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes every element left open and flushes. */
    void finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
