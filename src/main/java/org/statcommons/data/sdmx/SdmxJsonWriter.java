package org.statcommons.data.sdmx;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * SDMX-JSON 1.0 data: the header, the data set (series keyed by the positions of their codes, {@code "0:1"}, each
 * observation keyed by its period's position and written as {@code [value, attribute positions…]}; at the level of all
 * dimensions observations keyed by every position), then the structure listing the values those positions point to.
 * The structure comes last so that nothing is held but those values: JSON's members have no order. A missing or
 * suppressed value is {@code null}.
 */
final class SdmxJsonWriter implements MessageWriter {

    private final SdmxStructure structure;
    private final boolean allDimensions;
    private final Clock clock;
    private final JsonGenerator g;
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final Map<String, Integer> periods = new LinkedHashMap<>();
    private final List<Map<String, Integer>> attributeValues = new ArrayList<>();
    private final StringBuilder key = new StringBuilder();

    SdmxJsonWriter(SdmxStructure structure, boolean allDimensions, OutputStream out, Clock clock, JsonMapper json) {
        this.structure = structure;
        this.allDimensions = allDimensions;
        this.clock = clock;
        this.g = json.createGenerator(out);
        structure.dimensions().forEach(d -> codes.add(new LinkedHashMap<>()));
        structure.attributes().forEach(a -> attributeValues.add(new LinkedHashMap<>()));
    }

    @Override
    public void start() {
        g.writeStartObject();
        g.writeName("header");
        g.writeStartObject();
        g.writeStringProperty("id", DataHeader.id(structure, clock));
        g.writeBooleanProperty("test", false);
        g.writeStringProperty(
                "prepared", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        g.writeName("sender");
        g.writeStartObject();
        g.writeStringProperty("id", structure.agency());
        g.writeEndObject();
        g.writeEndObject();
        g.writeName("dataSets");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("action", "Information");
        g.writeName(allDimensions ? "observations" : "series");
        g.writeStartObject();
    }

    @Override
    public void startSeries(List<String> seriesKey) {
        g.writeName(positions(seriesKey));
        g.writeStartObject();
        g.writeName("attributes");
        g.writeStartArray();
        g.writeEndArray();
        g.writeName("observations");
        g.writeStartObject();
    }

    @Override
    public void observation(List<String> obsKey, String period, Double value, List<String> attributes) {
        int time = periods.computeIfAbsent(period, p -> periods.size());
        g.writeName(allDimensions ? positions(obsKey) + ":" + time : Integer.toString(time));
        g.writeStartArray();
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
        for (int i = 0; i < attributeValues.size(); i++) {
            String a = i < attributes.size() ? attributes.get(i) : null;
            if (a == null || a.isEmpty()) {
                g.writeNull();
            } else {
                Map<String, Integer> values = attributeValues.get(i);
                g.writeNumber(values.computeIfAbsent(a, v -> values.size()));
            }
        }
        g.writeEndArray();
    }

    @Override
    public void endSeries() {
        g.writeEndObject(); // observations
        g.writeEndObject(); // the series
    }

    @Override
    public void end() {
        g.writeEndObject(); // series or observations
        g.writeEndObject(); // the data set
        g.writeEndArray();
        g.writeName("structure");
        g.writeStartObject();
        g.writeStringProperty("name", structure.name());
        g.writeName("dimensions");
        g.writeStartObject();
        g.writeName("dataset");
        g.writeStartArray();
        g.writeEndArray();
        g.writeName(allDimensions ? "observation" : "series");
        g.writeStartArray();
        for (int i = 0; i < structure.dimensions().size(); i++) {
            SdmxStructure.Component d = structure.dimensions().get(i);
            component(d.id(), d.name(), i, null, codes.get(i));
        }
        if (allDimensions) {
            component(SdmxStructure.TIME, "Time period", structure.dimensions().size(), "time", periods);
        }
        g.writeEndArray();
        if (!allDimensions) {
            g.writeName("observation");
            g.writeStartArray();
            component(SdmxStructure.TIME, "Time period", structure.dimensions().size(), "time", periods);
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeName("attributes");
        g.writeStartObject();
        for (String level : List.of("dataSet", "series")) {
            g.writeName(level);
            g.writeStartArray();
            g.writeEndArray();
        }
        g.writeName("observation");
        g.writeStartArray();
        for (int i = 0; i < structure.attributes().size(); i++) {
            SdmxStructure.Component a = structure.attributes().get(i);
            component(a.id(), a.name(), -1, null, attributeValues.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject(); // structure
        g.writeEndObject();
        g.close();
    }

    private String positions(List<String> codesOfKey) {
        key.setLength(0);
        for (int i = 0; i < codesOfKey.size(); i++) {
            Map<String, Integer> values = codes.get(i);
            if (i > 0) {
                key.append(':');
            }
            key.append(values.computeIfAbsent(codesOfKey.get(i), c -> values.size()));
        }
        return key.toString();
    }

    private void component(String id, String name, int keyPosition, String role, Map<String, Integer> values) {
        g.writeStartObject();
        g.writeStringProperty("id", id);
        g.writeStringProperty("name", name);
        if (keyPosition >= 0) {
            g.writeNumberProperty("keyPosition", keyPosition);
        }
        if (role != null) {
            g.writeStringProperty("role", role);
        }
        g.writeName("values");
        g.writeStartArray();
        for (String value : values.keySet()) {
            g.writeStartObject();
            g.writeStringProperty("id", value);
            g.writeStringProperty("name", value);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
