package org.statcommons.data;

/**
 * A scheduled release was taken back to draft before its time: its data may change again, so whatever was made of it
 * as fixed (its whole-release files) is forgotten. Published inside the unscheduling transaction.
 */
public record ReleaseUnscheduled(long datasetId, long releaseId) {}
