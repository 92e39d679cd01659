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
import org.statcommons.platform.TextInput;

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
        String bio) {

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
    }

    /** An empty form. */
    public static AccountForm blank() {
        return new AccountForm("", "", "", "", "", "", "", List.of(), "");
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
                account.bio());
    }

    /** Whether anything was typed: a screen shows a form it has not been given filled by default. */
    public boolean typed() {
        return displayName != null;
    }

    /** The same form for another address (the one an invitation was sent to, shown but not typed). */
    public AccountForm withEmail(String address) {
        return new AccountForm(
                address, password, displayName, organisation, organisationKind, country, timeZone, languages, bio);
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
                email, password, name, organisationTyped, kind, countryTyped, zone, languagesTyped, bioTyped);
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
            e.errors().forEach(error -> input.error(error.field(), error.message()));
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
        String name = input.line("displayName", "Name", displayName, NAME_MAX, true);
        String org = input.line("organisation", "Organisation", organisation, ORGANISATION_MAX, false);
        // no default: a default would file international organisations and individuals as statistical offices
        OrganisationKind kind = null;
        if (organisationKind == null || organisationKind.isBlank()) {
            input.error("organisationKind", "Choose the kind of organisation you work for (“Individual” if none).");
        } else {
            try {
                kind = OrganisationKind.valueOf(organisationKind);
            } catch (IllegalArgumentException e) {
                input.error("organisationKind", "Choose a kind of organisation from the list.");
            }
        }
        String countryCode = null;
        if (country != null && !country.isBlank()) {
            countryCode = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(countryCode)) {
                input.error("country", "Choose a country from the list.");
                countryCode = null;
            }
        }
        String zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip()).getId();
                if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                    input.error("timeZone", "Choose a time zone from the list.");
                    zone = null;
                }
            } catch (DateTimeException e) {
                input.error("timeZone", "Choose a time zone from the list.");
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
                            .collect(Collectors.joining(", "))
                    + (unknown.size() > UNKNOWN_NAMED
                            ? String.format(Locale.ROOT, " and %,d more", unknown.size() - UNKNOWN_NAMED)
                            : "");
            input.error(
                    "languages",
                    "We do not know " + (unknown.size() == 1 ? "the language " : "the languages ") + named
                            + ". Choose from the suggestions, with commas between languages (for example: Nepali, Samoan).");
        }
        if (codes.size() > LANGUAGES_MAX) {
            input.error("languages", "Choose at most " + LANGUAGES_MAX + " languages.");
        }
        String about = input.block("bio", "Short bio", bio, BIO_MAX, false);
        return new Profile(name, org, kind, countryCode, zone, codes, about);
    }
}
