package org.statcommons.surveys;

/** An option or a matrix item as given: its code (empty: made from its place) and its label. */
public record NewChoice(String code, String label) {}
