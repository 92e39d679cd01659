package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/**
 * An invitation to the platform as typed: the address, an optional personal message and the language of the e-mail
 * (none: the inviter's own).
 */
record PlatformInvitationForm(String email, String message, String language) {

    static final int MESSAGE_MAX = 2000;

    static PlatformInvitationForm blank() {
        return new PlatformInvitationForm("", "", Language.ofRequest().code());
    }

    /** Whether anything was typed: the screen shows a form it has not been given blank. */
    boolean typed() {
        return email != null;
    }

    /** The invitation, or every problem with the form at once. */
    NewPlatformInvitation command() {
        TextInput input = new TextInput();
        EmailAddress address = AccountForm.address(input, "email", email);
        String text = input.block("message", Text.of("identity.invite.message.label"), message, MESSAGE_MAX, false);
        Language written = input.language("language", language);
        input.throwIfInvalid();
        return new NewPlatformInvitation(address, text, written);
    }
}
