package org.statcommons.data.sdmx;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.statcommons.data.ingest.ReleasedData;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Reads an SDMX data query ({@code data/DF_12/KE+UG..F?startPeriod=2020&detail=dataonly}) against its flow: a key of
 * the wrong length, a parameter SDMX does not define, a malformed period or number are refused (400) before anything
 * is read; a code that no observation has, or a key that selects no series, is "no results found" (404), as the
 * SDMX 2.1 RESTful specification answers a query whose result is empty.
 */
@Component
class DataRequestParser {

    /** The parameters of SDMX 2.1 data queries. */
    static final Set<String> PARAMETERS = Set.of(
            "startPeriod",
            "endPeriod",
            "updatedAfter",
            "firstNObservations",
            "lastNObservations",
            "dimensionAtObservation",
            "detail",
            "includeHistory",
            "format");

    /** The most codes one key may name, all dimensions together (as the data API): more is a download, not a slice. */
    static final int MAX_CODES = 1_000;

    private final StructureFinder finder;
    private final ReleasedData data;

    DataRequestParser(StructureFinder finder, ReleasedData data) {
        this.finder = finder;
        this.data = data;
    }

    DataRequest parse(
            String flowRef, String key, String provider, MultiValueMap<String, String> parameters, String accept) {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                errors.add(new InvalidInputException.FieldMessage(
                        name, Text.of("data-sdmx.parameter.unknown", name, String.join(", ", sorted()))));
            }
        }
        LocalDate from = period(parameters.getFirst("startPeriod"), "startPeriod", true, errors);
        LocalDate to = period(parameters.getFirst("endPeriod"), "endPeriod", false, errors);
        Integer first = count(parameters.getFirst("firstNObservations"), "firstNObservations", errors);
        Integer last = count(parameters.getFirst("lastNObservations"), "lastNObservations", errors);
        DataRequest.Detail detail = detail(parameters.getFirst("detail"), errors);
        String history = parameters.getFirst("includeHistory");
        if (history != null && !history.equals("true") && !history.equals("false")) {
            errors.add(new InvalidInputException.FieldMessage(
                    "includeHistory", Text.of("data-sdmx.parameter.boolean", "includeHistory", history)));
        }
        OffsetDateTime updatedAfter = null;
        String updated = parameters.getFirst("updatedAfter");
        if (updated != null) {
            try {
                updatedAfter = OffsetDateTime.parse(updated.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldMessage(
                        "updatedAfter", Text.of("data-sdmx.parameter.instant", updated)));
            }
        }
        SdmxFormat format =
                SdmxFormat.forData(parameters.getFirst("format"), accept).orElse(null);
        if (format == null && parameters.getFirst("format") != null) {
            errors.add(new InvalidInputException.FieldMessage(
                    "format", Text.of("data-sdmx.format.unknown", parameters.getFirst("format"))));
        }
        if (provider != null && !provider.equals("all") && !provider.equals(finder.agency())) {
            errors.add(new InvalidInputException.FieldMessage(
                    "providerRef", Text.of("data-sdmx.provider.unknown", provider, finder.agency())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (format == null) {
            throw new NotAcceptableException(accept);
        }
        SdmxStructure structure = finder.flow(flowRef);
        boolean allDimensions = observationLevel(structure, parameters.getFirst("dimensionAtObservation"));
        if (updatedAfter != null && !structure.released().release().releasedAt().isAfter(updatedAfter.toInstant())) {
            throw new NotFoundException(Text.of("data-sdmx.no-results.updated", updated));
        }
        List<Integer> series = series(structure, key);
        return new DataRequest(structure, series, from, to, allDimensions, detail, first, last, format);
    }

    private List<Integer> series(SdmxStructure structure, String key) {
        if (key == null || key.isEmpty() || key.equals("all")) {
            return null;
        }
        String[] parts = key.split("\\.", -1);
        int dimensions = structure.dimensions().size();
        if (parts.length != dimensions) {
            throw new InvalidInputException(
                    "key",
                    Text.of(
                            "data-sdmx.key.length",
                            key.length() > 100 ? key.substring(0, 100) + "…" : key,
                            parts.length,
                            dimensions,
                            String.join(
                                    ".",
                                    structure.dimensions().stream()
                                            .map(SdmxStructure.Component::id)
                                            .toList())));
        }
        Map<Integer, List<String>> asked = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            List<String> codes = List.of(parts[i].split("\\+", -1));
            total += codes.size();
            if (total > MAX_CODES) {
                throw new InvalidInputException("key", Text.of("data-sdmx.key.too-many", MAX_CODES));
            }
            if (codes.contains("")) {
                throw new InvalidInputException(
                        "key",
                        Text.of(
                                "data-sdmx.key.empty-code",
                                structure.dimensions().get(i).id()));
            }
            asked.put(i, codes);
        }
        if (asked.isEmpty()) {
            return null;
        }
        Map<Integer, List<String>> stored = new HashMap<>();
        for (var entry : asked.entrySet()) {
            int dimension = entry.getKey();
            List<String> codes = entry.getValue();
            Set<String> known = data.known(structure.released(), dimension + 1, codes);
            List<String> found = new ArrayList<>(known);
            List<String> missing =
                    codes.stream().filter(c -> !known.contains(c)).distinct().toList();
            if (!missing.isEmpty()) {
                // a stored code that is not an SDMX id is asked for by its SDMX form: look at the dimension's codes
                Map<String, List<String>> bySdmxCode = new HashMap<>();
                for (String code : finder.codes(structure, dimension)) {
                    bySdmxCode
                            .computeIfAbsent(SdmxStructure.code(code), c -> new ArrayList<>())
                            .add(code);
                }
                for (String code : missing) {
                    List<String> storedCodes = bySdmxCode.get(code);
                    if (storedCodes == null) {
                        throw new NotFoundException(Text.of(
                                "data-sdmx.no-results.code",
                                code.length() > 100 ? code.substring(0, 100) + "…" : code,
                                structure.dimensions().get(dimension).id()));
                    }
                    found.addAll(storedCodes);
                }
            }
            stored.put(dimension + 1, List.copyOf(new LinkedHashSet<>(found)));
        }
        List<Integer> series = data.series(structure.released(), stored);
        if (series.isEmpty()) {
            throw new NotFoundException(Text.of("data-sdmx.no-results.key", key));
        }
        return series;
    }

    private static boolean observationLevel(SdmxStructure structure, String typed) {
        if (typed == null || typed.equals(SdmxStructure.TIME)) {
            return false;
        }
        if (typed.equals("AllDimensions")) {
            return true;
        }
        throw new InvalidInputException(
                "dimensionAtObservation",
                Text.of("data-sdmx.observation-level", typed.length() > 100 ? typed.substring(0, 100) : typed));
    }

    private static LocalDate period(
            String typed, String name, boolean start, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null) {
            return null;
        }
        var days = ReleasedData.days(typed.strip());
        if (days.isEmpty()) {
            errors.add(new InvalidInputException.FieldMessage(
                    name,
                    Text.of("data-sdmx.period.bad", name, typed.length() > 100 ? typed.substring(0, 100) : typed)));
            return null;
        }
        return start ? days.get()[0] : days.get()[1];
    }

    private static Integer count(String typed, String name, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new InvalidInputException.FieldMessage(
                name,
                Text.of("data-sdmx.parameter.count", name, typed.length() > 100 ? typed.substring(0, 100) : typed)));
        return null;
    }

    private static DataRequest.Detail detail(String typed, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null) {
            return DataRequest.Detail.FULL;
        }
        for (DataRequest.Detail d : DataRequest.Detail.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(typed.strip())) {
                return d;
            }
        }
        errors.add(new InvalidInputException.FieldMessage(
                "detail",
                Text.of("data-sdmx.parameter.detail", typed.length() > 100 ? typed.substring(0, 100) : typed)));
        return null;
    }

    private static List<String> sorted() {
        return PARAMETERS.stream().sorted().toList();
    }
}
