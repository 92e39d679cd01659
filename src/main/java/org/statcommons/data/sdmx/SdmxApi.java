package org.statcommons.data.sdmx;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Bundles;

/**
 * SDMX 2.1 REST (docs/open-data.md#sdmx-21) for released datasets: structure queries ({@code dataflow},
 * {@code datastructure}, {@code codelist}, {@code conceptscheme}, each {@code /{agencyID}/{resourceID}/{version}} with
 * {@code references}) and data queries ({@code data/{flowRef}/{key}/{providerRef}}). Public: only the latest release
 * out of each dataset exists here. Refusals are answered as the specification says, with an SDMX-ML error message
 * (its code: 100 no results found, 140 syntax error, 150 semantic error) rather than the platform's problem, since SDMX
 * clients read those.
 */
@RestController
@RequestMapping("/sdmx/2.1")
class SdmxApi {

    /** The resources offered, as a refusal names them. */
    private static final String OFFERED = "data, dataflow, datastructure, codelist, conceptscheme";

    /** The other resources of SDMX 2.1's REST interface (its specification's list), not offered here. */
    private static final Set<String> NOT_OFFERED = Set.of(
            "availableconstraint",
            "metadata",
            "schema",
            "structure",
            "metadatastructure",
            "categoryscheme",
            "contentconstraint",
            "actualconstraint",
            "allowedconstraint",
            "attachmentconstraint",
            "structureset",
            "process",
            "categorisation",
            "provisionagreement",
            "hierarchicalcodelist",
            "organisationscheme",
            "agencyscheme",
            "dataproviderscheme",
            "dataconsumerscheme",
            "organisationunitscheme",
            "reportingtaxonomy");

    /** The parameters of structure queries. */
    private static final Set<String> STRUCTURE_PARAMETERS = Set.of("references", "detail");

    private final StructureFinder finder;
    private final StructureWriter structures;
    private final DataRequestParser parser;
    private final SdmxDataWriter writer;

    SdmxApi(StructureFinder finder, StructureWriter structures, DataRequestParser parser, SdmxDataWriter writer) {
        this.finder = finder;
        this.structures = structures;
        this.parser = parser;
        this.writer = writer;
    }

    /**
     * A structure query: {@code dataflow}, {@code datastructure}, {@code codelist} or {@code conceptscheme}, each with
     * what its {@code references} add (children of a dataflow: its structure; of a structure: its code lists and
     * concept scheme; parents of a structure: its dataflow).
     */
    @GetMapping({
        "/{resource:dataflow|datastructure|codelist|conceptscheme}",
        "/{resource:dataflow|datastructure|codelist|conceptscheme}/{agency}",
        "/{resource:dataflow|datastructure|codelist|conceptscheme}/{agency}/{id}",
        "/{resource:dataflow|datastructure|codelist|conceptscheme}/{agency}/{id}/{version}"
    })
    void structure(
            @PathVariable String resource,
            @PathVariable(required = false) String agency,
            @PathVariable(required = false) String id,
            @PathVariable(required = false) String version,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String references = references(parameters);
        boolean children = List.of("children", "descendants", "all").contains(references);
        Set<StructureWriter.Part> parts = EnumSet.noneOf(StructureWriter.Part.class);
        String codelistId = null;
        switch (resource) {
            case "dataflow" -> {
                parts.add(StructureWriter.Part.DATAFLOWS);
                if (children) {
                    parts.add(StructureWriter.Part.DATASTRUCTURES);
                }
                if (List.of("descendants", "all").contains(references)) {
                    parts.add(StructureWriter.Part.CODELISTS);
                    parts.add(StructureWriter.Part.CONCEPTS);
                }
            }
            case "datastructure" -> {
                parts.add(StructureWriter.Part.DATASTRUCTURES);
                if (children) {
                    parts.add(StructureWriter.Part.CODELISTS);
                    parts.add(StructureWriter.Part.CONCEPTS);
                }
                if (List.of("parents", "parentsandsiblings", "all").contains(references)) {
                    parts.add(StructureWriter.Part.DATAFLOWS);
                }
            }
            case "codelist" -> {
                parts.add(StructureWriter.Part.CODELISTS);
                codelistId = id != null && !id.equals("all") && !id.equals("*") ? id : null;
            }
            default -> parts.add(StructureWriter.Part.CONCEPTS);
        }
        if (!SdmxFormat.takesStructure(request.getHeader("Accept"))) {
            throw new NotAcceptableException(request.getHeader("Accept"));
        }
        List<SdmxStructure> found = finder.find(agency, id, version);
        String onlyList = codelistId;
        if (onlyList != null) {
            found = found.stream()
                    .filter(s ->
                            s.dimensions().stream().anyMatch(d -> d.codelistId().equals(onlyList)))
                    .toList();
        }
        if (found.isEmpty()) {
            throw new NotFoundException(Text.of(
                    "data-sdmx.no-results.structure",
                    String.join(
                            "/",
                            resource,
                            agency == null ? "all" : agency,
                            id == null ? "all" : id,
                            version == null ? "latest" : version)));
        }
        response.setContentType(SdmxFormat.STRUCTURE.mediaType() + ";charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        structures.write(found, parts, codelistId, response.getOutputStream());
    }

    @GetMapping({"/data/{flowRef}", "/data/{flowRef}/{key}", "/data/{flowRef}/{key}/{provider}"})
    void data(
            @PathVariable String flowRef,
            @PathVariable(required = false) String key,
            @PathVariable(required = false) String provider,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        DataRequest data = parser.parse(flowRef, key, provider, parameters, request.getHeader("Accept"));
        writer.write(
                data,
                response.getOutputStream(),
                () -> {
                    response.setContentType(data.format().mediaType() + ";charset=UTF-8");
                    response.setHeader("Cache-Control", "public, max-age=300");
                    if (data.format() == SdmxFormat.CSV) {
                        response.setHeader(
                                "Content-Disposition",
                                "inline; filename=\"" + data.structure().flowId() + ".csv\"");
                    }
                },
                response::setContentLengthLong);
    }

    private static String references(MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!STRUCTURE_PARAMETERS.contains(name)) {
                throw new InvalidInputException(
                        name,
                        Text.of(
                                "data-sdmx.parameter.unknown",
                                name,
                                STRUCTURE_PARAMETERS.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
        String references = parameters.getFirst("references");
        if (references == null) {
            return "none";
        }
        if (!List.of("none", "parents", "parentsandsiblings", "children", "descendants", "all")
                .contains(references)) {
            throw new InvalidInputException(
                    "references",
                    Text.of(
                            "data-sdmx.parameter.references",
                            references.length() > 100 ? references.substring(0, 100) : references));
        }
        return references;
    }

    /**
     * Any other address under the service: a resource of SDMX 2.1's REST interface that is not offered here
     * ({@code availableconstraint}, {@code categoryscheme}, {@code metadata}…) answers SDMX's 501, anything else its
     * 404; both as SDMX error messages naming what is offered, which a client of the service can read (Spring's own
     * answer was an HTML page).
     */
    @GetMapping("/**")
    void elsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/sdmx/2.1/".length());
        String resource = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (NOT_OFFERED.contains(resource)) {
            error(
                    response,
                    HttpServletResponse.SC_NOT_IMPLEMENTED,
                    501,
                    text(Text.of("data-sdmx.not-offered", OFFERED)));
        } else {
            error(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    100,
                    text(Text.of("data-sdmx.no-such-resource", OFFERED)));
        }
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        error(response, HttpServletResponse.SC_NOT_FOUND, 100, e.text() == null ? e.getMessage() : text(e.text()));
    }

    @ExceptionHandler(InvalidInputException.class)
    void invalid(InvalidInputException e, HttpServletResponse response) throws IOException {
        boolean semantic = e.errors().stream().allMatch(f -> f.field().equals("key"));
        error(
                response,
                HttpServletResponse.SC_BAD_REQUEST,
                semantic ? 150 : 140,
                e.errors().stream()
                        .map(f -> f.text() == null ? f.message() : text(f.text()))
                        .collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(NotAcceptableException.class)
    void notAcceptable(NotAcceptableException e, HttpServletResponse response) throws IOException {
        error(
                response,
                HttpServletResponse.SC_NOT_ACCEPTABLE,
                406,
                text(Text.of(
                        "data-sdmx.format.not-acceptable",
                        java.util.Arrays.stream(SdmxFormat.values())
                                .map(SdmxFormat::mediaType)
                                .collect(Collectors.joining(", ")))));
    }

    private static String text(Text text) {
        return Bundles.bundled().format(text.key(), text.args().toArray(), LocaleContextHolder.getLocale());
    }

    /** An SDMX-ML 2.1 error message; nothing of an answer begun is ever replaced (refusals come before it). */
    private static void error(HttpServletResponse response, int status, int code, String message) throws IOException {
        response.reset();
        response.setStatus(status);
        response.setContentType("application/xml;charset=UTF-8");
        new SdmxXml(response.getOutputStream())
                .root("Error", "common", SdmxXml.COMMON)
                .start(SdmxXml.MESSAGE, "ErrorMessage")
                .attribute("code", Integer.toString(code))
                .start(SdmxXml.COMMON, "Text")
                .attribute(SdmxXml.XML, "lang", LocaleContextHolder.getLocale().getLanguage())
                .text(message)
                .finish();
    }
}
