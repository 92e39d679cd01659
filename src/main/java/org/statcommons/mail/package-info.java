/**
 * Outgoing e-mail. Features put messages into the {@link org.statcommons.mail.Outbox} inside their own
 * transaction; a sender delivers them through the configured SMTP relay with retries, or keeps them for
 * administrators to read when no relay is configured.
 */
package org.statcommons.mail;
