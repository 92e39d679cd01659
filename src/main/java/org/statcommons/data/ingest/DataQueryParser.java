package org.statcommons.data.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Reads a data query's parameters ({@code REF_AREA=FR+DE&SEX=F&startPeriod=2020&endPeriod=2022-Q2}) against the
 * release's structure: a dimension it does not have, a code none of its observations has, a period that is not an SDMX
 * period, each is refused by name before anything is read. Several codes of one dimension: repeated or joined by
 * {@code +}, as SDMX keys join them.
 */
@Component
class DataQueryParser {

    /** Parameters that are not dimensions. */
    static final Set<String> OTHERS = Set.of("startPeriod", "endPeriod", "format", "draft");

    /**
     * Codes joined as SDMX keys join them. Only {@code +}: a measure's code is its column's name, which may hold spaces,
     * so a client writes the {@code +} of a query string as {@code %2B} (docs/open-data.md).
     */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("\\+");

    /** The most codes one query may name, all dimensions together: more is a download, not a slice. */
    static final int MAX_CODES = 1_000;

    private final Observations observations;

    DataQueryParser(Observations observations) {
        this.observations = observations;
    }

    DataQuery parse(long releaseId, MultiValueMap<String, String> parameters) {
        Observations.Layout layout = Observations.Layout.of(observations.components(releaseId));
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Map<Integer, List<String>> codes = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        int asked = 0;
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (OTHERS.contains(name)) {
                continue;
            }
            int dimension = -1;
            for (int i = 0; i < layout.dimensions().size(); i++) {
                if (layout.dimensions().get(i).name().equalsIgnoreCase(name)) {
                    dimension = i + 1;
                }
            }
            if (dimension < 0) {
                errors.add(new InvalidInputException.FieldMessage(
                        name,
                        Text.of(
                                "data-ingest.query.unknown-dimension",
                                name,
                                String.join(
                                        ", ",
                                        layout.header()
                                                .subList(0, layout.dimensions().size())))));
                continue;
            }
            List<String> wanted = new ArrayList<>();
            for (String value : entry.getValue()) {
                for (String code : CODE_SEPARATOR.split(value)) {
                    if (!code.isBlank()) {
                        wanted.add(code.strip());
                    }
                }
            }
            asked += wanted.size();
            if (asked > MAX_CODES) {
                throw new InvalidInputException(name, Text.of("data-ingest.query.too-many-codes", MAX_CODES, asked));
            }
            if (!wanted.isEmpty()) {
                codes.put(dimension, wanted);
                names.put(dimension, name);
            }
        }
        // one look per dimension at the codes the release has, however many were asked
        codes.forEach((dimension, wanted) -> {
            Set<String> known = observations.knownCodes(releaseId, dimension, wanted);
            for (String code : new LinkedHashSet<>(wanted)) {
                if (!known.contains(code)) {
                    String name = names.get(dimension);
                    errors.add(new InvalidInputException.FieldMessage(
                            name, Text.of("data-ingest.query.unknown-code", code, name)));
                }
            }
        });
        LocalDate from = period(parameters.getFirst("startPeriod"), "startPeriod", true, errors);
        LocalDate to = period(parameters.getFirst("endPeriod"), "endPeriod", false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DataQuery(
                releaseId, layout, codes.isEmpty() ? null : observations.series(releaseId, codes), from, to);
    }

    private static LocalDate period(
            String typed, String name, boolean start, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var span = Periods.of(typed.strip());
        if (span.isEmpty()) {
            errors.add(new InvalidInputException.FieldMessage(name, Text.of("data-ingest.query.bad-period", typed)));
            return null;
        }
        return start ? span.get().start() : span.get().end();
    }
}
