/**
 * Moderation: flags against the code of conduct, the moderators' queue, hiding content everywhere,
 * warnings, suspensions and removals, and limits that stop spam waves. Features that own content implement
 * {@link org.statcommons.moderation.ModeratedContent} and ask {@link org.statcommons.moderation.PostingLimiter}
 * before they store a post.
 */
package org.statcommons.moderation;
