package org.statcommons.surveys;

/**
 * Shows a question only if an earlier question's answer is (single choice, Likert, country) or includes (multiple
 * choice) an option. It names both by code, so it survives a wave copied from the previous one.
 */
public record Condition(String questionCode, String optionCode) {}
