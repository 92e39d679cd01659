package org.statcommons.data;

/**
 * A draft release was released or scheduled: its data can no longer change. Published inside the releasing
 * transaction, so that a listener's work (forgetting the values disclosure control withheld) commits or rolls back with
 * it.
 */
public record ReleaseFixed(long datasetId, long releaseId) {}
