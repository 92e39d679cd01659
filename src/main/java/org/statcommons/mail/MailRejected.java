package org.statcommons.mail;

/**
 * The relay refused a message for good (a 5xx answer to its recipient, or an address that cannot be
 * written): trying again cannot help. Published when the outbox gives the message up, so that a feature
 * that keeps a list of addresses (newsletter subscribers) can stop writing to this one.
 *
 * @param recipient the address as it was queued
 * @param outboxId  the message in the outbox
 * @param reason    the relay's answer, one line
 */
public record MailRejected(String recipient, long outboxId, String reason) {}
