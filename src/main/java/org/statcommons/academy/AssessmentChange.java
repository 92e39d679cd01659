package org.statcommons.academy;

import java.util.Map;

/**
 * An organisation's levels for one year, as typed: for each item code its current and target level by name (blank:
 * not assessed). The form sends {@code current[GSBPM-5.1]=awareness}, the API a list of items; both become this.
 */
record AssessmentChange(Map<String, String> current, Map<String, String> target) {}
