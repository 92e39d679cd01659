package org.statcommons.drives;

import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The information session's registration form as typed: a name and an e-mail address. */
record RegistrationForm(String name, String email) {

    /** A registration, checked. */
    record NewRegistration(String name, EmailAddress email) {}

    static RegistrationForm blank() {
        return new RegistrationForm("", "");
    }

    boolean typed() {
        return email != null;
    }

    NewRegistration command() {
        TextInput input = new TextInput();
        String cleanName = input.line("name", Text.of("drives.field.name"), name, ApplicationForm.NAME_MAX, true);
        EmailAddress address = null;
        try {
            address = EmailAddress.parse("email", email);
        } catch (InvalidInputException e) {
            e.errors().forEach(input::error);
        }
        input.throwIfInvalid();
        return new NewRegistration(cleanName, address);
    }
}
