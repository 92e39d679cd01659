package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.platform.i18n.Language;

/**
 * Invitations to a whole list, read at the edge ({@link BulkInvitationForm#command}).
 *
 * @param guestUntil the last day of the guests in the list; null when none was given
 * @param message    a personal message for everyone, may be empty
 */
record BulkInvitation(InvitationList list, LocalDate guestUntil, String message, Language language) {}
