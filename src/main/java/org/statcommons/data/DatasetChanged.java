package org.statcommons.data;

/**
 * A dataset was described, corrected, or one of its releases fixed (released or scheduled) or unscheduled. Published
 * inside the changing transaction; the site search hears it after commit and reads the dataset again through
 * {@link SearchableDatasets}.
 */
public record DatasetChanged(long datasetId, long communityId) {}
