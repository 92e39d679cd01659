package org.statcommons.platform.activity;

/**
 * A moderator hid (or, with {@code hidden} false, restored) one piece of content. Published by the
 * moderation feature after the owning feature hid it; every feature that copied something of it (the
 * activity stream, notifications and digests, search) hides its copy too.
 */
public record ContentHidden(long communityId, Subject item, boolean hidden) {}
