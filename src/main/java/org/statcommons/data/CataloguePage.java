package org.statcommons.data;

import java.util.List;
import java.util.Map;

/**
 * One page of the catalogue: the datasets found, how many there are in all, and each facet's values with the number of
 * datasets found that have them (most first).
 */
public record CataloguePage(List<Dataset> datasets, long total, Map<String, List<FacetValue>> facets) {

    public record FacetValue(String value, long count) {}

    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
