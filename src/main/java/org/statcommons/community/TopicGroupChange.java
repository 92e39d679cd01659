package org.statcommons.community;

/** A topic group's new name and description, as the form gives them. Checked by {@link EditTopicGroup}. */
record TopicGroupChange(String name, String description) {}
