package org.statcommons.data;

import java.util.List;
import java.util.Map;

/**
 * One page of the catalogue: the datasets found, how many there are in all, and each facet's values with the number of
 * datasets found that have them (most first).
 */
public record CataloguePage(
        List<Dataset> datasets, long total, Map<String, List<FacetValue>> facets, Map<Long, Origin> origins) {

    public record FacetValue(String value, long count) {}

    /** How many datasets a query finds, and each facet's values over them (most first). */
    public record Counts(long total, Map<String, List<FacetValue>> facets) {}

    /** Where a harvested dataset comes from (data.harvest): the portal's name, the dataset's page there. */
    public record Origin(String portal, String url) {}

    /** The origin of a dataset of the page, null for one of a community's own. */
    public Origin origin(long datasetId) {
        return origins.get(datasetId);
    }

    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
