package org.statcommons.content.space;

/** Where the index of one space stands: the commit of main it describes and how many commits it holds. */
public record IndexState(long communityId, String indexedCommit, long commitCount) {}
