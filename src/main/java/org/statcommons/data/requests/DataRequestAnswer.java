package org.statcommons.data.requests;

/**
 * The data team's answer as typed: a status ({@code PLANNED}, {@code RELEASED}, {@code DECLINED}), a text (the reason
 * of a refusal, required then) and for a released one the id of the dataset that answers it.
 */
record DataRequestAnswer(String status, String answer, String datasetId) {}
