package org.statcommons.academy;

/**
 * A release to make, as typed in the form or sent to the API: its version ({@code 1.0}, {@code 1.1.2}) and its
 * changelog in Markdown. It releases the course's main as it is when made.
 */
record NewRelease(String version, String changelog) {}
