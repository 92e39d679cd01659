package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** An invitation to the platform as typed: the address and an optional personal message. */
record PlatformInvitationForm(String email, String message) {

    static final int MESSAGE_MAX = 2000;

    static PlatformInvitationForm blank() {
        return new PlatformInvitationForm("", "");
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
        input.throwIfInvalid();
        return new NewPlatformInvitation(address, text);
    }
}
