package org.statcommons.content;

/** One version of a page: a commit and the page's path in it (pages keep their history across moves). */
public record PageVersion(String commitId, String path) {}
