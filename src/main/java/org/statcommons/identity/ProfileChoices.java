package org.statcommons.identity;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.statcommons.platform.i18n.Language;

/**
 * The lists people choose from in profile forms: countries and languages named by the JDK, IANA time zones.
 * Templates reach it as {@code @profileChoices}.
 */
@Component("profileChoices")
public class ProfileChoices {

    /** A value and what people read. */
    public record Choice(String value, String label) {}

    /** The time zones of one region ("Africa", "America", …), each with its offset now. */
    public record ZoneGroup(String region, List<Choice> zones) {}

    /**
     * Offered as checkboxes: the six official languages of the United Nations, then the other languages most
     * spoken among national statistical offices and their partners. The rest are typed, with suggestions.
     */
    static final List<String> COMMON_LANGUAGES =
            List.of("ar", "zh", "en", "fr", "ru", "es", "pt", "de", "hi", "bn", "sw", "id");

    /** Where the name people use differs from the JDK's (CLDR says "Bangla"); the JDK's name is understood too. */
    private static final Map<String, String> USUAL_NAMES = Map.of("bn", "Bengali");

    private static final Map<String, String> LANGUAGE_NAMES = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !jdkName(code).equals(code))
            .collect(Collectors.toMap(ProfileChoices::name, code -> code, (a, b) -> a, LinkedHashMap::new));
    private static final Map<String, String> CODE_BY_NAME = codesByName();
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());
    /** Legacy zone names (Africa/Asmera, Asia/Calcutta, US/Eastern): still valid when stored, not offered. */
    private static final Set<String> LEGACY_ZONES = legacyZones();

    private final List<Choice> countries;
    private final List<Choice> languages;
    private final List<Choice> commonLanguages;
    private final List<String> timeZones;
    private final Clock clock;

    ProfileChoices(Clock clock) {
        this.clock = clock;
        countries = Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        languages = LANGUAGE_NAMES.entrySet().stream()
                .map(e -> new Choice(e.getValue(), e.getKey()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        commonLanguages = COMMON_LANGUAGES.stream()
                .map(code -> new Choice(code, languageName(code)))
                .toList();
        timeZones = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/")
                        && !id.startsWith("Etc/")
                        && !id.startsWith("SystemV/")
                        && !LEGACY_ZONES.contains(id))
                .sorted()
                .toList();
    }

    public List<Choice> countries() {
        return countries;
    }

    /** The countries named in the reader's language (CLDR's names), in that language's alphabetical order. */
    public List<Choice> countries(Locale locale) {
        Language language = Language.of(locale);
        if (language == Language.ENGLISH) {
            return countries;
        }
        Collator order = Collator.getInstance(language.locale());
        return countries.stream()
                .map(c -> new Choice(c.value(), new Locale("", c.value()).getDisplayCountry(language.locale())))
                .sorted(Comparator.comparing(Choice::label, order))
                .toList();
    }

    /** A country's name in the reader's language. */
    public String countryName(String code, Locale locale) {
        return code == null
                ? ""
                : new Locale("", code).getDisplayCountry(Language.of(locale).locale());
    }

    /** The languages shown as checkboxes, named in the reader's language. */
    public List<Choice> commonLanguages(Locale locale) {
        return commonLanguages.stream()
                .map(l -> new Choice(l.value(), languageName(l.value(), locale)))
                .toList();
    }

    /** A profile's languages named in the reader's language, as a list ("English, French"). */
    public String languageNames(List<String> codes, Locale locale) {
        // a list of units ("English, French"), not a sentence's "English and French": the languages are a list of facts
        return ListFormatter.getInstance(
                        ULocale.forLocale(Language.of(locale).locale()),
                        ListFormatter.Type.UNITS,
                        ListFormatter.Width.SHORT)
                .format(codes.stream().map(code -> languageName(code, locale)).toList());
    }

    private static String languageName(String code, Locale locale) {
        Language language = Language.of(locale);
        return language == Language.ENGLISH ? name(code) : new Locale(code).getDisplayLanguage(language.locale());
    }

    /** Every language the profile knows, by name. */
    public List<Choice> languages() {
        return languages;
    }

    /** The languages shown as checkboxes. */
    public List<Choice> commonLanguages() {
        return commonLanguages;
    }

    /** The languages offered as suggestions for the "other languages" field: all but the common ones. */
    public List<Choice> otherLanguages() {
        return languages.stream()
                .filter(l -> !COMMON_LANGUAGES.contains(l.value()))
                .toList();
    }

    /**
     * What the "other languages" field shows: the chosen languages that have no checkbox, by name, and anything
     * typed that is not a language yet (a refused form comes back as typed).
     */
    public String otherLanguagesText(Collection<String> chosen) {
        List<String> parts = new ArrayList<>();
        for (String value : chosen) {
            if (value == null || value.isBlank() || COMMON_LANGUAGES.contains(value)) {
                continue;
            }
            parts.add(LANGUAGE_CODES.contains(value) ? languageName(value) : value.strip());
        }
        return String.join(", ", parts);
    }

    /** The canonical IANA time zones, without legacy names. */
    public List<String> timeZones() {
        return timeZones;
    }

    /** The time zones by region, each labelled with its place and its offset from UTC now ("Kathmandu (UTC+05:45)"). */
    public List<ZoneGroup> timeZoneGroups() {
        Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
        for (String id : timeZones) {
            int slash = id.indexOf('/');
            String place = id.substring(slash + 1).replace('_', ' ').replace("/", " / ");
            ZoneOffset offset = ZoneId.of(id).getRules().getOffset(clock.instant());
            byRegion.computeIfAbsent(id.substring(0, slash), region -> new ArrayList<>())
                    .add(new Choice(id, place + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")"));
        }
        return byRegion.entrySet().stream()
                .map(e -> new ZoneGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** Whether a stored zone is not in the list (a legacy name kept from before): the form then offers it as it is. */
    public boolean unlisted(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone) && !timeZones.contains(zone);
    }

    public OrganisationKind[] organisationKinds() {
        return OrganisationKind.values();
    }

    public String countryName(String code) {
        return Profile.countryName(code);
    }

    public String languageName(String code) {
        return code == null ? "" : name(code);
    }

    private static String name(String code) {
        return USUAL_NAMES.getOrDefault(code, jdkName(code));
    }

    private static String jdkName(String code) {
        return new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }

    private static Map<String, String> codesByName() {
        Map<String, String> codes = new HashMap<>();
        LANGUAGE_NAMES.forEach((name, code) -> {
            codes.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
            codes.putIfAbsent(jdkName(code).toLowerCase(Locale.ROOT), code);
        });
        return Map.copyOf(codes);
    }

    /** The ISO 639 code of a language given by its code ("ne") or its English name ("Nepali", any case). */
    static Optional<String> languageCode(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        if (LANGUAGE_CODES.contains(key)) {
            return Optional.of(key);
        }
        return Optional.ofNullable(CODE_BY_NAME.get(key));
    }

    private static Set<String> legacyZones() {
        Map<String, String> targets = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/legacy-time-zones.txt").getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" "))
                    .forEach(pair -> targets.put(pair[0], pair[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a legacy name is hidden only where its replacement is known to this JDK (an older one may lack Europe/Kyiv)
        Set<String> available = ZoneId.getAvailableZoneIds();
        return targets.entrySet().stream()
                .filter(e -> available.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
