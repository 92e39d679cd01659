package org.statcommons.community;

import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** A nomination as typed on the Nominate screen. */
record NominationForm(String name, String email, String reason) {

    static final int NAME_MAX = 100;
    static final int REASON_MAX = 2000;

    /** The checked nomination, or every problem at once. */
    NewNomination command() {
        TextInput input = new TextInput();
        String who = input.line("name", Text.of("community.field.person-name"), name, NAME_MAX, true);
        String why = input.block("reason", Text.of("community.field.reason"), reason, REASON_MAX, true);
        EmailAddress address = FormInput.email(input, "email", email);
        input.throwIfInvalid();
        return new NewNomination(who, address, why);
    }
}
