package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;

/**
 * An invitation to send, checked ({@link InvitationForm#command}), or made from an approved nomination.
 *
 * @param guestUntil a guest's last day; null for every other role
 * @param message    a personal message, may be empty
 */
record NewInvitation(EmailAddress email, CommunityRole role, LocalDate guestUntil, String message) {}
