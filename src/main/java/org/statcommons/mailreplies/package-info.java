/**
 * Reply by e-mail: notification e-mails about a discussion or a page comment carry a secret Reply-To address for
 * one person and one thread ({@link org.statcommons.mailreplies.ReplyAddresses}); replies arrive from an IMAP
 * mailbox or at an SMTP listener in the server, are stored first, then posted through the discussion's or the comment thread's own use case (same
 * permission, limits and checks as the web), with a confirmation or a bounce. See docs/mail-replies.md.
 */
package org.statcommons.mailreplies;
