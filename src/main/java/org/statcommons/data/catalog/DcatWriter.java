package org.statcommons.data.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.data.DataTheme;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetMetadata;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Describes released datasets in DCAT-AP 3 as an RDF graph: the catalogue (a page of it, with Hydra paging), each
 * dataset with its publisher, contact point, coverage, licence and distributions (CSV, JSON and Excel downloads, and
 * the data API as a {@code dcat:DataService}), every value from the EU vocabularies DCAT-AP names. Every node carries
 * the class the DCAT-AP 3.0.0 shapes ask of it ({@code sh:class} is checked without inference), so the catalogue
 * validates against them as served.
 */
@Component
class DcatWriter {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "http://www.iana.org/assignments/media-types/";

    /** The downloads of a release: the file type's code in the EU file-type vocabulary, its IANA media type. */
    record Download(String extension, String fileType, String mediaType, String title) {}

    static final List<Download> DOWNLOADS = List.of(
            new Download("csv", "CSV", "text/csv", "CSV"),
            new Download("json", "JSON", "application/json", "JSON"),
            new Download("xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"));

    private final Communities communities;
    private final StatCommonsProperties properties;

    DcatWriter(Communities communities, StatCommonsProperties properties) {
        this.communities = communities;
        this.properties = properties;
    }

    /** The catalogue's IRI, also the address it is served at. */
    String catalogIri() {
        return properties.link("/catalog");
    }

    String datasetIri(long id) {
        return properties.link("/catalog/datasets/" + id);
    }

    /** A page of the catalogue: the catalogue itself, the page's datasets and how to reach the other pages. */
    Model catalogue(List<CatalogEntry> entries, int page, int pageSize, long total) {
        Model model = model();
        Resource catalog = model.createResource(catalogIri())
                .addProperty(type(model), model.createResource(DCAT + "Catalog"))
                .addProperty(p(model, DCT, "title"), "StatCommons open data", "en")
                .addProperty(
                        p(model, DCT, "description"),
                        "The released datasets of the communities of official statisticians on StatCommons.",
                        "en")
                .addProperty(p(model, DCT, "publisher"), platform(model))
                .addProperty(p(model, FOAF, "homepage"), document(model, properties.link("/data")))
                .addProperty(p(model, DCAT, "themeTaxonomy"), themeScheme(model));
        for (CatalogEntry entry : entries) {
            Resource dataset = dataset(model, entry);
            catalog.addProperty(p(model, DCAT, "dataset"), dataset);
            if (entry.hasData()) {
                catalog.addProperty(p(model, DCAT, "service"), model.createResource(serviceIri(entry)));
            }
        }
        long last = Math.max(1, (total + pageSize - 1) / pageSize);
        // Hydra paging as DCAT-AP's guidelines and ckanext-dcat read it: the older PagedCollection terms (literals)
        // and the current PartialCollectionView ones (links), on the page's own address
        Resource view = model.createResource(pageAddress(page))
                .addProperty(type(model), model.createResource(HYDRA + "PagedCollection"))
                .addProperty(type(model), model.createResource(HYDRA + "PartialCollectionView"))
                .addLiteral(p(model, HYDRA, "totalItems"), model.createTypedLiteral(total))
                .addLiteral(p(model, HYDRA, "itemsPerPage"), model.createTypedLiteral((long) pageSize))
                .addProperty(p(model, HYDRA, "firstPage"), pageAddress(1))
                .addProperty(p(model, HYDRA, "lastPage"), pageAddress(last))
                .addProperty(p(model, HYDRA, "first"), model.createResource(pageAddress(1)))
                .addProperty(p(model, HYDRA, "last"), model.createResource(pageAddress(last)));
        if (page < last) {
            view.addProperty(p(model, HYDRA, "nextPage"), pageAddress(page + 1))
                    .addProperty(p(model, HYDRA, "next"), model.createResource(pageAddress(page + 1)));
        }
        if (page > 1) {
            view.addProperty(p(model, HYDRA, "previousPage"), pageAddress(page - 1))
                    .addProperty(p(model, HYDRA, "previous"), model.createResource(pageAddress(page - 1)));
        }
        catalog.addProperty(p(model, HYDRA, "view"), view);
        return model;
    }

    /** One dataset's own document. */
    Model dataset(CatalogEntry entry) {
        Model model = model();
        dataset(model, entry);
        return model;
    }

    private String pageAddress(long page) {
        return catalogIri() + "?page=" + page;
    }

    private Resource dataset(Model model, CatalogEntry entry) {
        Dataset d = entry.dataset();
        DatasetMetadata m = d.metadata();
        Community community = communities.byId(d.communityId()).orElseThrow();
        Resource dataset = model.createResource(datasetIri(d.id()))
                .addProperty(type(model), model.createResource(DCAT + "Dataset"))
                .addProperty(p(model, DCT, "identifier"), datasetIri(d.id()))
                .addProperty(p(model, DCT, "title"), m.title())
                .addProperty(p(model, DCT, "description"), m.description().isBlank() ? m.title() : m.description())
                .addProperty(p(model, DCT, "issued"), dateTime(model, entry.issued()))
                .addProperty(p(model, DCT, "modified"), dateTime(model, entry.modified()))
                .addProperty(p(model, DCAT, "landingPage"), document(model, properties.link("/data/" + d.id())))
                .addProperty(p(model, DCT, "publisher"), publisher(model, d, community))
                .addProperty(
                        p(model, DCT, "accessRights"),
                        typed(model, m.accessRights().uri(), DCT + "RightsStatement"));
        for (String keyword : m.keywords()) {
            dataset.addProperty(p(model, DCAT, "keyword"), keyword);
        }
        for (DataTheme theme : m.themes()) {
            dataset.addProperty(p(model, DCAT, "theme"), theme(model, theme));
        }
        if (!m.contactName().isBlank() || !m.contactEmail().isBlank()) {
            Resource contact = model.createResource()
                    .addProperty(type(model), model.createResource(VCARD + "Kind"))
                    .addProperty(type(model), model.createResource(VCARD + "Organization"))
                    .addProperty(
                            p(model, VCARD, "fn"), m.contactName().isBlank() ? d.publisherName() : m.contactName());
            if (!m.contactEmail().isBlank()) {
                contact.addProperty(p(model, VCARD, "hasEmail"), model.createResource("mailto:" + m.contactEmail()));
            }
            dataset.addProperty(p(model, DCAT, "contactPoint"), contact);
        }
        if (m.temporalStart() != null || m.temporalEnd() != null) {
            Resource period =
                    model.createResource().addProperty(type(model), model.createResource(DCT + "PeriodOfTime"));
            if (m.temporalStart() != null) {
                period.addProperty(p(model, DCAT, "startDate"), date(model, m.temporalStart()));
            }
            if (m.temporalEnd() != null) {
                period.addProperty(p(model, DCAT, "endDate"), date(model, m.temporalEnd()));
            }
            dataset.addProperty(p(model, DCT, "temporal"), period);
        }
        for (String country : m.countries()) {
            dataset.addProperty(p(model, DCT, "spatial"), typed(model, countryIri(country), DCT + "Location"));
        }
        if (m.frequency() != null) {
            dataset.addProperty(
                    p(model, DCT, "accrualPeriodicity"),
                    typed(model, m.frequency().uri(), DCT + "Frequency"));
        }
        for (String standard : m.conformsTo()) {
            dataset.addProperty(p(model, DCT, "conformsTo"), typed(model, standard, DCT + "Standard"));
        }
        if (!m.provenance().isBlank()) {
            dataset.addProperty(
                    p(model, DCT, "provenance"),
                    model.createResource()
                            .addProperty(type(model), model.createResource(DCT + "ProvenanceStatement"))
                            .addProperty(p(model, RDFS, "label"), m.provenance()));
        }
        if (m.methodologyPage() != null) {
            String path = m.methodologyPage().endsWith(".md") ? m.methodologyPage() : m.methodologyPage() + ".md";
            dataset.addProperty(
                    p(model, FOAF, "page"), document(model, properties.link(PageAddress.page(community.slug(), path))));
        }
        if (entry.hasData()) {
            distributions(model, dataset, entry);
        }
        return dataset;
    }

    private void distributions(Model model, Resource dataset, CatalogEntry entry) {
        Dataset d = entry.dataset();
        Resource licence = typed(model, d.metadata().licence().uri(), DCT + "LicenseDocument");
        String api = properties.link("/api/v1/datasets/" + d.id());
        for (Download download : DOWNLOADS) {
            Resource file = typed(model, api + "/download." + download.extension(), RDFS + "Resource");
            dataset.addProperty(
                    p(model, DCAT, "distribution"),
                    model.createResource(datasetIri(d.id()) + "#" + download.extension())
                            .addProperty(type(model), model.createResource(DCAT + "Distribution"))
                            .addProperty(p(model, DCT, "title"), d.metadata().title() + " (" + download.title() + ")")
                            .addProperty(p(model, DCAT, "accessURL"), file)
                            .addProperty(p(model, DCAT, "downloadURL"), file)
                            .addProperty(
                                    p(model, DCAT, "mediaType"),
                                    typed(model, IANA + download.mediaType(), DCT + "MediaType"))
                            .addProperty(
                                    p(model, DCT, "format"),
                                    typed(model, EU + "file-type/" + download.fileType(), DCT + "MediaTypeOrExtent"))
                            .addProperty(p(model, DCT, "license"), licence)
                            .addProperty(p(model, DCT, "modified"), dateTime(model, entry.modified())));
        }
        Resource endpoint = typed(model, api + "/data", RDFS + "Resource");
        Resource service = model.createResource(serviceIri(entry))
                .addProperty(type(model), model.createResource(DCAT + "DataService"))
                .addProperty(p(model, DCT, "title"), "Data API: " + d.metadata().title())
                .addProperty(p(model, DCAT, "endpointURL"), endpoint)
                .addProperty(
                        p(model, DCAT, "endpointDescription"),
                        typed(model, properties.link("/api/v1/openapi.json"), RDFS + "Resource"))
                .addProperty(p(model, DCAT, "servesDataset"), dataset)
                .addProperty(p(model, DCT, "license"), licence);
        dataset.addProperty(
                p(model, DCAT, "distribution"),
                model.createResource(datasetIri(d.id()) + "#api")
                        .addProperty(type(model), model.createResource(DCAT + "Distribution"))
                        .addProperty(
                                p(model, DCT, "title"),
                                "Data API: " + d.metadata().title())
                        .addProperty(p(model, DCAT, "accessURL"), endpoint)
                        .addProperty(p(model, DCAT, "accessService"), service)
                        .addProperty(
                                p(model, DCAT, "mediaType"), typed(model, IANA + "application/json", DCT + "MediaType"))
                        .addProperty(
                                p(model, DCT, "format"), typed(model, EU + "file-type/JSON", DCT + "MediaTypeOrExtent"))
                        .addProperty(p(model, DCT, "license"), licence));
    }

    private String serviceIri(CatalogEntry entry) {
        return datasetIri(entry.dataset().id()) + "#service";
    }

    private Resource publisher(Model model, Dataset d, Community community) {
        String iri = d.organisationId() == null
                ? properties.link("/c/" + community.slug())
                : properties.link("/organisations/" + d.organisationId());
        return model.createResource(iri)
                .addProperty(type(model), model.createResource(FOAF + "Agent"))
                .addProperty(type(model), model.createResource(FOAF + "Organization"))
                .addProperty(p(model, FOAF, "name"), d.publisherName());
    }

    private Resource platform(Model model) {
        return model.createResource(properties.link("/"))
                .addProperty(type(model), model.createResource(FOAF + "Agent"))
                .addProperty(p(model, FOAF, "name"), "StatCommons");
    }

    private static Resource themeScheme(Model model) {
        return typed(model, EU + "data-theme", SKOS + "ConceptScheme")
                .addProperty(p(model, DCT, "title"), "Data theme", "en");
    }

    private static Resource theme(Model model, DataTheme theme) {
        return typed(model, theme.uri(), SKOS + "Concept")
                .addProperty(p(model, SKOS, "prefLabel"), label(theme), "en")
                .addProperty(p(model, SKOS, "inScheme"), themeScheme(model));
    }

    /** The English labels of the EU Data Theme vocabulary. */
    static String label(DataTheme theme) {
        return switch (theme) {
            case AGRI -> "Agriculture, fisheries, forestry and food";
            case ECON -> "Economy and finance";
            case EDUC -> "Education, culture and sport";
            case ENER -> "Energy";
            case ENVI -> "Environment";
            case GOVE -> "Government and public sector";
            case HEAL -> "Health";
            case INTR -> "International issues";
            case JUST -> "Justice, legal system and public safety";
            case OP_DATPRO -> "Provisional data";
            case REGI -> "Regions and cities";
            case SOCI -> "Population and society";
            case TECH -> "Science and technology";
            case TRAN -> "Transport";
        };
    }

    /** The EU country vocabulary names countries by their ISO 3166-1 alpha-3 codes; ours are alpha-2. */
    static String countryIri(String alpha2) {
        String code;
        try {
            code = new Locale("", alpha2).getISO3Country();
        } catch (MissingResourceException e) {
            code = alpha2;
        }
        return EU + "country/" + (code.isEmpty() ? alpha2 : code);
    }

    private static Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT);
        model.setNsPrefix("dct", DCT);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("vcard", VCARD);
        model.setNsPrefix("skos", SKOS);
        model.setNsPrefix("hydra", HYDRA);
        model.setNsPrefix("rdfs", RDFS);
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        return model;
    }

    private static Resource typed(Model model, String iri, String type) {
        return model.createResource(iri).addProperty(type(model), model.createResource(type));
    }

    private static Resource document(Model model, String iri) {
        return typed(model, iri, FOAF + "Document");
    }

    private static Property type(Model model) {
        return model.createProperty(RDF, "type");
    }

    private static Property p(Model model, String namespace, String local) {
        return model.createProperty(namespace, local);
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model model, Instant at) {
        return model.createTypedLiteral(at.toString(), XSDDatatype.XSDdateTime);
    }

    private static org.apache.jena.rdf.model.Literal date(Model model, LocalDate day) {
        return model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
    }
}
