/**
 * Discussions: threads per community and topic group with a title and Markdown posts, replies that quote
 * earlier posts, @mentions, an answer marked by the thread's author or a facilitator, following and muting,
 * editing and deleting one's own posts with their earlier versions kept, closing and pinning. Posts can be
 * flagged and hidden through the moderation feature; search indexes them through {@link
 * org.statcommons.discussions.PostChanged}. See docs/discussions.md.
 */
package org.statcommons.discussions;
