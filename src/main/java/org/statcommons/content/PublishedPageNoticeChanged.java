package org.statcommons.content;

/**
 * What a {@link PublishedPageNotice} says of a page changed (an output was endorsed): the published page kept in
 * memory is forgotten when the publishing transaction commits, so the next read shows the new notice.
 */
public record PublishedPageNoticeChanged(long communityId, String path) {}
