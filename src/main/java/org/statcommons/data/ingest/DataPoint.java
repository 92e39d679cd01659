package org.statcommons.data.ingest;

import java.util.List;

/**
 * One observation of a released dataset as its readers may read it: its dimension codes, period, value (null when
 * missing or suppressed: a suppressed cell is stored without its value) and attributes in the release's order.
 */
public record DataPoint(List<String> key, String period, Double value, List<String> attributes) {}
