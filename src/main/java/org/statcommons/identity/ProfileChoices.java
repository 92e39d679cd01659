package org.statcommons.identity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The lists people choose from in profile forms: countries and languages named by the JDK, IANA time zones.
 * Templates reach it as {@code @profileChoices}.
 */
@Component("profileChoices")
public class ProfileChoices {

    /** A value and what people read. */
    public record Choice(String value, String label) {
    }

    private final List<Choice> countries;
    private final List<Choice> languages;
    private final List<String> timeZones;

    ProfileChoices() {
        countries = Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
                .sorted(Comparator.comparing(Choice::label)).toList();
        languages = Arrays.stream(Locale.getISOLanguages())
                .map(code -> new Choice(code, new Locale(code).getDisplayLanguage(Locale.ENGLISH)))
                .filter(choice -> !choice.label().equals(choice.value()))
                .sorted(Comparator.comparing(Choice::label)).toList();
        timeZones = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().toList();
    }

    public List<Choice> countries() {
        return countries;
    }

    public List<Choice> languages() {
        return languages;
    }

    public List<String> timeZones() {
        return timeZones;
    }

    public OrganisationKind[] organisationKinds() {
        return OrganisationKind.values();
    }

    public String countryName(String code) {
        return Profile.countryName(code);
    }

    public String languageName(String code) {
        return code == null ? "" : new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
