package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/**
 * An invitation as typed on the Invitations screen or sent to the API; no role means member, no language the
 * inviter's.
 */
record InvitationForm(String email, String role, String guestUntil, String message, String language) {

    static final int MESSAGE_MAX = 2000;

    static InvitationForm blank() {
        return new InvitationForm(
                "", CommunityRole.MEMBER.name(), "", "", Language.ofRequest().code());
    }

    /** Whether anything was typed: the screen shows a form it has not been given blank. */
    boolean typed() {
        return email != null;
    }

    /** The checked invitation, or every problem at once; a guest's last day is from {@code today} on. */
    NewInvitation command(LocalDate today) {
        TextInput input = new TextInput();
        EmailAddress address = FormInput.email(input, "email", email);
        CommunityRole chosen =
                FormInput.role(input, role == null || role.isBlank() ? CommunityRole.MEMBER.name() : role);
        LocalDate until = FormInput.guestUntil(input, chosen, guestUntil, today);
        String text = input.block("message", Text.of("community.field.message"), message, MESSAGE_MAX, false);
        Language written = input.language("language", language);
        input.throwIfInvalid();
        return new NewInvitation(address, chosen, until, text, "", "", written);
    }
}
