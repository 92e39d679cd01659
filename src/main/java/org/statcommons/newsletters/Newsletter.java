package org.statcommons.newsletters;

import java.time.Instant;

/**
 * A newsletter, draft or sent.
 *
 * @param body       Markdown
 * @param recipients how many it was sent to, null for a draft
 */
record Newsletter(long id, long communityId, String subject, String body, boolean sent, Instant updatedAt,
                  Instant sentAt, String sentByName, Integer recipients) {
}
