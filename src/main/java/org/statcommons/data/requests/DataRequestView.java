package org.statcommons.data.requests;

import java.util.List;

/**
 * Data requests as listed: each with where it was asked (the community's address and name, for the catalogue's list),
 * whether the reader supports it already, and the dataset that answers it.
 */
record DataRequestView(List<Line> requests, boolean mayAsk, boolean mayAnswer, List<DatasetChoice> datasets) {

    record Line(
            DataRequest request, String communitySlug, String communityName, boolean supported, String datasetTitle) {}

    /** A released dataset of the community that may answer a request. */
    record DatasetChoice(long id, String title) {}
}
