package org.statcommons.data.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Observations observations;

    DataQueryParser(Observations observations) {
        this.observations = observations;
    }

    DataQuery parse(long releaseId, MultiValueMap<String, String> parameters) {
        Observations.Layout layout = Observations.Layout.of(observations.components(releaseId));
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Map<Integer, List<String>> codes = new LinkedHashMap<>();
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
                for (String code : value.split("\\+")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    if (!observations.hasCode(releaseId, dimension, code.strip())) {
                        errors.add(new InvalidInputException.FieldMessage(
                                name, Text.of("data-ingest.query.unknown-code", code.strip(), name)));
                    }
                    wanted.add(code.strip());
                }
            }
            if (!wanted.isEmpty()) {
                codes.put(dimension, wanted);
            }
        }
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
