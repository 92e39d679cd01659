package org.statcommons.academy;

/**
 * An episode's file as saved from the edit form: its whole text (front matter and Markdown, as in a clone), the commit
 * of main the person started from, and an optional line saying what changed (the commit's message).
 */
record EpisodeChange(String text, String baseCommit, String summary) {}
