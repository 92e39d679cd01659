package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.i18n.Language;

/**
 * An invitation to send, checked ({@link InvitationForm#command}, a row of a {@link InvitationList}), or made
 * from an approved nomination or request.
 *
 * @param guestUntil   a guest's last day; null for every other role
 * @param message      a personal message, may be empty
 * @param name         the invitee's name as the secretariat knows it, may be empty: it greets them and fills in
 *                     their new account
 * @param organisation the invitee's organisation, may be empty
 * @param language     the language of the e-mail to an address that has no account (an account's profile decides
 *                     for itself)
 */
record NewInvitation(
        EmailAddress email,
        CommunityRole role,
        LocalDate guestUntil,
        String message,
        String name,
        String organisation,
        Language language) {

    /** An invitation made by the secretariat's decision (a nomination, a request), in the secretariat's language. */
    NewInvitation(
            EmailAddress email,
            CommunityRole role,
            LocalDate guestUntil,
            String message,
            String name,
            String organisation) {
        this(email, role, guestUntil, message, name, organisation, Language.ofRequest());
    }

    /** An invitation to an address alone, with no name or organisation known. */
    NewInvitation(EmailAddress email, CommunityRole role, LocalDate guestUntil, String message) {
        this(email, role, guestUntil, message, "", "");
    }
}
