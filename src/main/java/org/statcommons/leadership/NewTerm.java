package org.statcommons.leadership;

/**
 * A co-lead term as the secretariat records it, typed: the person (an account id), the first day and, optionally,
 * the last day (two years by default) and the body it serves (optional).
 */
record NewTerm(String person, String startsOn, String endsOn, String body) {}
