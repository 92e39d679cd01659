package org.statcommons.identity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/**
 * The fields of an account as a form binds them (sign-up, set-up, invitations, one's own profile), kept as typed
 * so that a refused form comes back unchanged; the profile API reads the same fields. {@link #newAccount} and
 * {@link #profile} check every field at once and give the typed command.
 */
public record AccountForm(
        String email,
        String password,
        String displayName,
        String organisation,
        String organisationKind,
        String country,
        String timeZone,
        List<String> languages,
        String bio,
        String interfaceLanguage) {

    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 200;
    static final int BIO_MAX = 2000;
    static final int LANGUAGES_MAX = 20;
    private static final int UNKNOWN_NAMED = 3;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public AccountForm {
        languages = languages == null
                ? List.of()
                : languages.stream().filter(Objects::nonNull).toList();
        // a form without the field (the API, an older page) chooses nothing
        interfaceLanguage = interfaceLanguage == null ? "" : interfaceLanguage;
    }

    /** A form with no interface language chosen. */
    public AccountForm(
            String email,
            String password,
            String displayName,
            String organisation,
            String organisationKind,
            String country,
            String timeZone,
            List<String> languages,
            String bio) {
        this(email, password, displayName, organisation, organisationKind, country, timeZone, languages, bio, "");
    }

    /** An empty form. */
    public static AccountForm blank() {
        return new AccountForm("", "", "", "", "", "", "", List.of(), "", "");
    }

    /** The profile form filled with the account's profile as it is. */
    static AccountForm of(Account account) {
        return new AccountForm(
                "",
                "",
                account.displayName(),
                account.organisation(),
                account.organisationKind().name(),
                account.country() == null ? "" : account.country(),
                account.timeZone() == null ? "" : account.timeZone(),
                account.languages(),
                account.bio(),
                account.interfaceLanguage() == null ? "" : account.interfaceLanguage());
    }

    /** Whether anything was typed: a screen shows a form it has not been given filled by default. */
    public boolean typed() {
        return displayName != null;
    }

    /** The same form for another address (the one an invitation was sent to, shown but not typed). */
    public AccountForm withEmail(String address) {
        return new AccountForm(
                address,
                password,
                displayName,
                organisation,
                organisationKind,
                country,
                timeZone,
                languages,
                bio,
                interfaceLanguage);
    }

    /** The same form with other profile fields (the API's patch over the profile as it is). */
    AccountForm withProfile(
            String name,
            String organisationTyped,
            String kind,
            String countryTyped,
            String zone,
            List<String> languagesTyped,
            String bioTyped) {
        return new AccountForm(
                email,
                password,
                name,
                organisationTyped,
                kind,
                countryTyped,
                zone,
                languagesTyped,
                bioTyped,
                interfaceLanguage);
    }

    /** The account for the address typed on the form, or every problem with the form at once. */
    public NewAccount newAccount() {
        TextInput input = new TextInput();
        return checked(input, address(input, "email", email));
    }

    /** The typed address, or null with its problem added to {@code input}, so that the other fields are checked too. */
    static EmailAddress address(TextInput input, String field, String typed) {
        try {
            return EmailAddress.parse(field, typed);
        } catch (InvalidInputException e) {
            e.errors().forEach(input::error);
            return null;
        }
    }

    /** The account for an address the person did not type (an invitation's), or every problem at once. */
    public NewAccount newAccount(EmailAddress address) {
        return checked(new TextInput(), address);
    }

    /** The profile alone (one's own profile changed), or every problem with it at once. */
    public Profile profile() {
        TextInput input = new TextInput();
        Profile profile = profile(input);
        input.throwIfInvalid();
        return profile;
    }

    private NewAccount checked(TextInput input, EmailAddress address) {
        Profile profile = profile(input);
        PasswordRules.check(input, "password", password, address == null ? null : address.value());
        input.throwIfInvalid();
        return new NewAccount(address, password, profile);
    }

    private Profile profile(TextInput input) {
        String name = input.line("displayName", Text.of("identity.profile.name"), displayName, NAME_MAX, true);
        String org = input.line(
                "organisation", Text.of("identity.profile.organisation"), organisation, ORGANISATION_MAX, false);
        // no default: a default would file international organisations and individuals as statistical offices
        OrganisationKind kind = null;
        if (organisationKind == null || organisationKind.isBlank()) {
            input.error("organisationKind", Text.of("identity.profile.organisation-kind.missing"));
        } else {
            try {
                kind = OrganisationKind.valueOf(organisationKind);
            } catch (IllegalArgumentException e) {
                input.error("organisationKind", Text.of("identity.profile.organisation-kind.unknown"));
            }
        }
        String countryCode = null;
        if (country != null && !country.isBlank()) {
            countryCode = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(countryCode)) {
                input.error("country", Text.of("identity.profile.country.unknown"));
                countryCode = null;
            }
        }
        String zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip()).getId();
                if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                    input.error("timeZone", Text.of("identity.profile.time-zone.unknown"));
                    zone = null;
                }
            } catch (DateTimeException e) {
                input.error("timeZone", Text.of("identity.profile.time-zone.unknown"));
            }
        }
        // each value is a code (a ticked box, the API) or names separated by commas (the "other languages" field)
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String value : languages) {
            for (String typed : value.split(",")) {
                if (typed.isBlank()) {
                    continue;
                }
                Optional<String> code = ProfileChoices.languageCode(typed);
                if (code.isEmpty()) {
                    unknown.add(typed.strip());
                } else if (!codes.contains(code.get())) {
                    codes.add(code.get());
                }
            }
        }
        if (!unknown.isEmpty()) {
            // a pasted megabyte of names is answered with the first few, not echoed back whole
            String named = unknown.stream()
                    .limit(UNKNOWN_NAMED)
                    .map(typed -> "“" + typed + "”")
                    .collect(Collectors.joining(", "));
            input.error(
                    "languages",
                    Text.of(
                            "identity.profile.languages.unknown",
                            unknown.size(),
                            named,
                            Math.max(0, unknown.size() - UNKNOWN_NAMED)));
        }
        if (codes.size() > LANGUAGES_MAX) {
            input.error("languages", Text.of("identity.profile.languages.too-many", LANGUAGES_MAX));
        }
        String about = input.block("bio", Text.of("identity.profile.bio"), bio, BIO_MAX, false);
        String chosenLanguage = null;
        if (interfaceLanguage != null && !interfaceLanguage.isBlank()) {
            chosenLanguage = Language.ofCode(interfaceLanguage.strip())
                    .map(Language::code)
                    .orElse(null);
            if (chosenLanguage == null) {
                input.error("interfaceLanguage", Text.of("platform.language.unknown"));
            }
        }
        return new Profile(name, org, kind, countryCode, zone, codes, about, chosenLanguage);
    }
}
