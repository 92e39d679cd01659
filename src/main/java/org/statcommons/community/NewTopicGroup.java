package org.statcommons.community;

/**
 * A topic group to create, as the form gives it (and shows it again when refused): its address in the
 * community ({@code record-linkage}), name and Markdown description. Checked by {@link CreateTopicGroup}.
 */
record NewTopicGroup(String topic, String name, String description) {}
