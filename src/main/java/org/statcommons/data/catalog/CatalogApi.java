package org.statcommons.data.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The DCAT-AP 3 catalogue of released datasets: {@code /catalog} (paged, {@code ?page=}) and each dataset's own document
 * {@code /catalog/datasets/{id}}, in Turtle, JSON-LD or RDF/XML by the {@code Accept} header or by the address's ending
 * ({@code .ttl}, {@code .jsonld}, {@code .rdf}). Public: only datasets out of their embargo are in it.
 */
@RestController
class CatalogApi {

    /** Datasets on one page of the catalogue. */
    static final int PAGE_SIZE = 100;

    /** The syntaxes served: their media type, the address's ending, and how Jena writes them. */
    enum Syntax {
        TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS),
        JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
        RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

        final String mediaType;
        final String extension;
        final RDFFormat format;

        Syntax(String mediaType, String extension, RDFFormat format) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.format = format;
        }

        Lang lang() {
            return format.getLang();
        }
    }

    private final ReleasedDatasets released;
    private final DcatWriter writer;
    private final Clock clock;

    CatalogApi(ReleasedDatasets released, DcatWriter writer, Clock clock) {
        this.released = released;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping({"/catalog", "/catalog.{extension}"})
    void catalogue(
            @PathVariable(required = false) String extension,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "Accept", required = false) String accept,
            HttpServletResponse response)
            throws IOException {
        Syntax syntax = extension == null ? negotiated(accept) : byExtension(extension);
        int number = page(page);
        Instant now = clock.instant();
        long total = released.count(now);
        List<CatalogEntry> entries = released.page(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE, now);
        send(writer.catalogue(entries, number, PAGE_SIZE, total), syntax, response);
    }

    @GetMapping("/catalog/datasets/{file}")
    void dataset(
            @PathVariable String file,
            @RequestHeader(name = "Accept", required = false) String accept,
            HttpServletResponse response)
            throws IOException {
        int dot = file.indexOf('.');
        String id = dot < 0 ? file : file.substring(0, dot);
        Syntax syntax = dot < 0 ? negotiated(accept) : byExtension(file.substring(dot + 1));
        CatalogEntry entry = id.matches("[0-9]{1,18}")
                ? released.byId(Long.parseLong(id), clock.instant())
                        .orElseThrow(() -> new NotFoundException(Text.of("data.none")))
                : null;
        if (entry == null) {
            throw new NotFoundException(Text.of("data.none"));
        }
        send(writer.dataset(entry), syntax, response);
    }

    private static void send(Model model, Syntax syntax, HttpServletResponse response) throws IOException {
        response.setContentType(syntax.mediaType + ";charset=UTF-8");
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "public, max-age=60");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, syntax.format);
        }
    }

    /** The syntax the client prefers among those served; Turtle when it names none of them (a browser, curl). */
    static Syntax negotiated(String accept) {
        if (accept == null || accept.isBlank()) {
            return Syntax.TURTLE;
        }
        List<MediaType> asked;
        try {
            asked = MediaType.parseMediaTypes(accept.length() > 1000 ? accept.substring(0, 1000) : accept);
        } catch (RuntimeException e) {
            return Syntax.TURTLE;
        }
        asked = new java.util.ArrayList<>(asked);
        asked.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : asked) {
            for (Syntax syntax : Syntax.values()) {
                if (type.getQualityValue() > 0
                        && type.equalsTypeAndSubtype(MediaType.parseMediaType(syntax.mediaType))) {
                    return syntax;
                }
            }
            if ("application/json".equals(type.getType() + "/" + type.getSubtype())) {
                return Syntax.JSON_LD;
            }
            if ("application/xml".equals(type.getType() + "/" + type.getSubtype())) {
                return Syntax.RDF_XML;
            }
        }
        return Syntax.TURTLE;
    }

    static Syntax byExtension(String extension) {
        String asked = extension.toLowerCase(Locale.ROOT);
        for (Syntax syntax : Syntax.values()) {
            if (syntax.extension.equals(asked)) {
                return syntax;
            }
        }
        throw new NotFoundException(Text.of("data-catalog.unknown-syntax"));
    }

    private static int page(String typed) {
        if (typed == null || typed.isBlank()) {
            return 1;
        }
        if (typed.strip().matches("[0-9]{1,7}")) {
            int page = Integer.parseInt(typed.strip());
            if (page >= 1) {
                return page;
            }
        }
        throw new InvalidInputException(
                "page",
                Text.of("data.input.number", typed.length() > 20 ? typed.substring(0, 20) + "…" : typed, 1, 9_999_999));
    }
}
