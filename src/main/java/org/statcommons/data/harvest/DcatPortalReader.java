package org.statcommons.data.harvest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.statcommons.data.DataTheme;

/**
 * Reads a DCAT catalogue (Turtle, RDF/XML or N-Triples) and its further pages (Hydra's {@code next} or {@code nextPage},
 * at most {@link #MAX_PAGES}). JSON-LD is not read: its remote contexts would have the server fetch whatever addresses
 * the source names. A dataset's licence is its own or its distributions'.
 */
@Component
class DcatPortalReader {

    static final int MAX_PAGES = 100;

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final PortalFetcher fetcher;

    DcatPortalReader(PortalFetcher fetcher) {
        this.fetcher = fetcher;
    }

    PortalReading read(String url) throws PortalFetcher.FetchException {
        List<HarvestedDataset> datasets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> pages = new HashSet<>();
        int withoutLicence = 0;
        URI next = URI.create(url.strip());
        while (next != null && pages.add(next.toString())) {
            if (pages.size() > MAX_PAGES) {
                throw new PortalFetcher.FetchException("the catalogue has more than " + MAX_PAGES + " pages");
            }
            PortalFetcher.Answer answer =
                    fetcher.get(next, "text/turtle, application/rdf+xml;q=0.9, application/n-triples;q=0.8");
            Model model = parse(answer);
            for (Resource d : model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                    .toList()) {
                if (!d.isURIResource() || !seen.add(d.getURI())) {
                    continue;
                }
                if (datasets.size() + withoutLicence >= PortalReading.MAX_DATASETS) {
                    break;
                }
                var licence = PortalReading.licence(licence(model, d));
                if (licence.isEmpty()) {
                    withoutLicence++;
                    continue;
                }
                List<String> keywords = new ArrayList<>();
                d.listProperties(p(model, DCAT, "keyword")).forEach(s -> keywords.add(literal(s.getObject())));
                List<DataTheme> themes = new ArrayList<>();
                d.listProperties(p(model, DCAT, "theme")).forEach(s -> {
                    if (s.getObject().isURIResource()) {
                        PortalReading.theme(s.getResource().getURI()).ifPresent(themes::add);
                    }
                });
                Resource publisher = resource(d, p(model, DCT, "publisher"));
                Resource landing = resource(d, p(model, DCAT, "landingPage"));
                Resource frequency = resource(d, p(model, DCT, "accrualPeriodicity"));
                datasets.add(new HarvestedDataset(
                        d.getURI(),
                        landing != null && landing.isURIResource() ? landing.getURI() : d.getURI(),
                        text(d, p(model, DCT, "title")),
                        text(d, p(model, DCT, "description")),
                        keywords,
                        themes,
                        publisher == null ? "" : text(publisher, p(model, FOAF, "name")),
                        licence.get(),
                        frequency == null || !frequency.isURIResource()
                                ? null
                                : PortalReading.frequency(frequency.getURI())));
            }
            // a harvest takes no more datasets: further pages would be fetched and parsed for nothing
            next = datasets.size() + withoutLicence >= PortalReading.MAX_DATASETS ? null : next(model, answer.uri());
        }
        return new PortalReading(datasets, withoutLicence);
    }

    private static Model parse(PortalFetcher.Answer answer) throws PortalFetcher.FetchException {
        Lang lang = switch (answer.mediaType()) {
            case "text/turtle", "application/x-turtle" -> Lang.TURTLE;
            case "application/rdf+xml", "application/xml", "text/xml" -> Lang.RDFXML;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> byName(answer.uri());
        };
        if (lang == null) {
            throw new PortalFetcher.FetchException(answer.uri() + " answered " + answer.mediaType()
                    + ", not a DCAT catalogue in Turtle, RDF/XML or N-Triples");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new ByteArrayInputStream(answer.body()))
                    .lang(lang)
                    .base(answer.uri().toString())
                    .parse(model);
        } catch (RiotException e) {
            throw new PortalFetcher.FetchException(answer.uri() + " is not valid " + lang.getLabel() + ": "
                    + PortalFetcher.clip(String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            // Jena's parsers descend once per nested blank node or element: a hostile source's nesting ends here,
            // named,
            // rather than as an error that would skip the source's failure record and retry it every minute
            throw new PortalFetcher.FetchException(
                    answer.uri() + " is not valid " + lang.getLabel() + ": nested too deeply");
        }
        return model;
    }

    private static Lang byName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".ttl")) {
            return Lang.TURTLE;
        }
        if (path.endsWith(".rdf") || path.endsWith(".xml")) {
            return Lang.RDFXML;
        }
        return path.endsWith(".nt") ? Lang.NTRIPLES : null;
    }

    /** The next page's address, when a Hydra view of this page names one on the same scheme. */
    private static URI next(Model model, URI page) {
        for (String name : List.of("next", "nextPage")) {
            for (Statement s : model.listStatements(null, p(model, HYDRA, name), (RDFNode) null)
                    .toList()) {
                String target = s.getObject().isURIResource()
                        ? s.getResource().getURI()
                        : s.getObject().isLiteral() ? s.getString() : null;
                if (target != null) {
                    try {
                        return page.resolve(target.strip());
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static String licence(Model model, Resource dataset) {
        Resource own = resource(dataset, p(model, DCT, "license"));
        if (own != null && own.isURIResource()) {
            return own.getURI();
        }
        for (Statement s :
                dataset.listProperties(p(model, DCAT, "distribution")).toList()) {
            if (s.getObject().isResource()) {
                Resource licence = resource(s.getResource(), p(model, DCT, "license"));
                if (licence != null && licence.isURIResource()) {
                    return licence.getURI();
                }
            }
        }
        return null;
    }

    private static Resource resource(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        return s == null || !s.getObject().isResource() ? null : s.getResource();
    }

    /** A property's text: the English one when there are several languages, else the first. */
    private static String text(Resource subject, Property property) {
        String any = "";
        for (Statement s : subject.listProperties(property).toList()) {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                if (l.getLanguage().isEmpty()
                        || l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return l.getLexicalForm();
                }
                any = any.isEmpty() ? l.getLexicalForm() : any;
            }
        }
        return any;
    }

    private static String literal(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : "";
    }

    private static Property p(Model model, String namespace, String local) {
        return model.createProperty(namespace, local);
    }
}
