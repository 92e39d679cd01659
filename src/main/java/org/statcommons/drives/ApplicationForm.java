package org.statcommons.drives;

import java.util.Locale;
import java.util.Set;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/** The public application form as typed; {@link #command} checks every field at once. */
record ApplicationForm(
        String name, String email, String organisation, String organisationKind, String country, String motivation) {

    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 200;
    static final int MOTIVATION_MAX = 2000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static ApplicationForm blank() {
        return new ApplicationForm("", "", "", "", "", "");
    }

    boolean typed() {
        return email != null;
    }

    NewApplication command() {
        TextInput input = new TextInput();
        String cleanName = input.line("name", Text.of("drives.field.name"), name, NAME_MAX, true);
        EmailAddress address = null;
        try {
            address = EmailAddress.parse("email", email);
        } catch (InvalidInputException e) {
            e.errors().forEach(input::error);
        }
        String cleanOrganisation =
                input.line("organisation", Text.of("drives.field.organisation"), organisation, ORGANISATION_MAX, true);
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.valueOf(organisationKind == null ? "" : organisationKind.strip());
        } catch (IllegalArgumentException e) {
            input.error("organisationKind", Text.of("drives.field.organisation-kind.choose"));
        }
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            input.error("country", Text.of("drives.field.country.choose"));
        }
        String why = input.block("motivation", Text.of("drives.field.motivation"), motivation, MOTIVATION_MAX, true);
        input.throwIfInvalid();
        return new NewApplication(cleanName, address, cleanOrganisation, kind, code, why, Language.ofRequest());
    }
}
