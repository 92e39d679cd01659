package org.statcommons.community;

import java.util.Locale;
import java.util.Set;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The request-an-invitation form as typed; {@link #command} checks every field at once. */
record InvitationRequestForm(String name, String email, String organisation, String country, String motivation) {

    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 200;
    static final int MOTIVATION_MAX = 2000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static InvitationRequestForm blank() {
        return new InvitationRequestForm("", "", "", "", "");
    }

    boolean typed() {
        return email != null;
    }

    NewInvitationRequest command() {
        TextInput input = new TextInput();
        String cleanName = input.line("name", Text.of("community.field.person-name"), name, NAME_MAX, true);
        EmailAddress address = FormInput.email(input, "email", email);
        String cleanOrganisation =
                input.line("organisation", Text.of("community.organisation"), organisation, ORGANISATION_MAX, true);
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            input.error("country", Text.of("community.country.choose"));
        }
        String why = input.block(
                "motivation", Text.of("community.request-invitation.motivation"), motivation, MOTIVATION_MAX, true);
        input.throwIfInvalid();
        return new NewInvitationRequest(cleanName, address, cleanOrganisation, code, why);
    }
}
