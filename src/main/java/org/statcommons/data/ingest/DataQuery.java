package org.statcommons.data.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A query of a release's observations, checked: the series its dimension codes select (null for all), and the days
 * its {@code startPeriod} and {@code endPeriod} begin and end (null when open).
 */
record DataQuery(long releaseId, Observations.Layout layout, List<Integer> series, LocalDate from, LocalDate to) {

    boolean whole() {
        return series == null && from == null && to == null;
    }
}
