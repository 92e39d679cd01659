package org.statcommons.discussions;

/**
 * A discussion to start, as the form or the API gives it (and as the form shows it again when refused): its
 * topic group by address ({@code census}; empty for the whole community), title and Markdown text. Checked by
 * {@link StartDiscussion}.
 */
record NewDiscussion(String topic, String title, String body) {}
