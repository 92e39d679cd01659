package org.statcommons.data.ingest;

import java.util.List;

/**
 * The stored data of a dataset's latest public release, as laid out: its dimensions (with {@code MEASURE} when the
 * file had several measures), time, measures with their units, attributes ({@code OBS_STATUS}, {@code CONF_STATUS}…).
 * The upload stored in it never changes once released, so both ids together name its data for a cache.
 */
public record ReleasedLayout(
        long datasetId,
        long releaseId,
        long uploadId,
        List<Column> dimensions,
        Column time,
        List<Column> measures,
        List<Column> attributes) {

    /** The place of an attribute by name (case ignored), or -1. */
    public int attribute(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The unit of a measure's values: the one measure's, or the one named by a {@code MEASURE} code. */
    public String unit(String measure) {
        if (measures.size() == 1) {
            return measures.get(0).unit();
        }
        return measures.stream()
                .filter(m -> m.name().equals(measure))
                .map(Column::unit)
                .findFirst()
                .orElse("");
    }
}
