package org.statcommons.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Text;

/**
 * The message bundles are complete and well formed: every key in all six languages, every message a valid ICU
 * pattern with the same arguments as English, every key a template or Java names present in English. A
 * translation that lacks a key, or a typo in a key, fails the build here rather than showing English (or worse,
 * a key) to a reader.
 */
class BundlesTests {

    private final Bundles bundles = Bundles.bundled();

    @Test
    void everyKeyIsInEveryLanguageAndNoLanguageHasKeysEnglishLacks() {
        Set<String> english = bundles.patterns(Language.ENGLISH).keySet();
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            Set<String> keys = bundles.patterns(language).keySet();
            assertThat(new TreeSet<>(difference(english, keys)))
                    .as("keys missing in %s", language)
                    .isEmpty();
            assertThat(new TreeSet<>(difference(keys, english)))
                    .as("keys of %s that English lacks", language)
                    .isEmpty();
        }
    }

    @Test
    void everyMessageParsesWithIcuAndNamesTheSameArgumentsAsEnglish() {
        List<String> problems = new ArrayList<>();
        Map<String, String> english = bundles.patterns(Language.ENGLISH);
        for (Language language : Language.values()) {
            bundles.patterns(language).forEach((key, pattern) -> {
                try {
                    Set<String> arguments = arguments(pattern);
                    String reference = english.get(key);
                    if (reference != null && !arguments.equals(arguments(reference))) {
                        problems.add(language + " " + key + ": arguments " + arguments + ", English has "
                                + arguments(reference));
                    }
                    new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLocale(language.locale()));
                } catch (IllegalArgumentException e) {
                    problems.add(language + " " + key + ": " + e.getMessage());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void keysStartWithTheirFeaturesName() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            files.forEach(file -> {
                String feature = file.getFileName().toString().replaceAll("(_[a-z]{2})?\\.properties$", "");
                java.util.Properties properties = new java.util.Properties();
                try (var reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                assertThat(properties.stringPropertyNames())
                        .as(file.toString())
                        .allMatch(key -> key.startsWith(feature + "."));
            });
        }
    }

    /** A key named literally in a template ({@code #{identity.email}}) or in Java ({@code Text.of("…")}) exists. */
    @Test
    void everyKeyNamedInTemplatesAndCodeExistsInEnglish() throws IOException {
        Set<String> english = bundles.patterns(Language.ENGLISH).keySet();
        List<String> missing = new ArrayList<>();
        scan(
                Path.of("src/main/resources/templates"),
                ".html",
                Pattern.compile("#\\{([a-z][\\w.-]*[\\w])"),
                english,
                missing);
        scan(
                Path.of("src/main/resources/templates"),
                ".html",
                Pattern.compile("#messages\\.msg\\('([^']+)'"),
                english,
                missing);
        scan(
                Path.of("src/main/java"),
                ".java",
                Pattern.compile("Text\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]"),
                english,
                missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void aDayGivenToATextIsShownInTheLanguagesForm() {
        java.time.LocalDate first = java.time.LocalDate.of(2027, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(2028, 12, 31);
        Object[] days = {first, last};
        assertThat(bundles.format("leadership.term.current", days, Locale.ENGLISH))
                .isEqualTo("co-lead from 2027-01-01 to 2028-12-31");
        org.statcommons.platform.TimePresenter french =
                org.statcommons.platform.TimePresenter.anonymous().inLanguage(Locale.FRENCH);
        assertThat(bundles.format("leadership.term.current", days, Locale.FRENCH))
                .isEqualTo("coresponsable du " + french.day(first) + " au " + french.day(last))
                .doesNotContain("2027-01-01");
    }

    @Test
    void formatsPluralsAndNumbersByTheLanguagesRules() {
        assertThat(bundles.format("identity.admin.accounts.count", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 account");
        assertThat(bundles.format("identity.admin.accounts.count", new Object[] {2_000}, Locale.ENGLISH))
                .isEqualTo("2,000 accounts");
        assertThat(bundles.format("identity.admin.accounts.count", new Object[] {3}, Locale.forLanguageTag("ru")))
                .isEqualTo("3 учётные записи");
        assertThat(bundles.format("identity.admin.accounts.count", new Object[] {5}, Locale.forLanguageTag("ru")))
                .isEqualTo("5 учётных записей");
        // a language not offered, and a key a translation would lack, are read in English
        assertThat(bundles.format("identity.sign-in.title", null, Locale.forLanguageTag("de")))
                .isEqualTo("Sign in");
        assertThat(Text.of("platform.input.required", Text.of("identity.profile.name"))
                        .english())
                .isEqualTo("Name is required.");
        assertThat(bundles.format(
                        "platform.input.required",
                        new Object[] {Text.of("identity.profile.name")},
                        Locale.forLanguageTag("fr")))
                .isEqualTo("Le champ « Nom » est obligatoire.");
        assertThatThrownBy(() -> bundles.format("identity.no-such-key", null, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoFeaturesDefiningOneKeyIsRefused() {
        assertThatThrownBy(() -> Bundles.load("classpath*:bundles-clash/*.properties"))
                .hasMessageContaining("clash.key");
    }

    private static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_NUMBER || part.getType() == Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static void scan(Path root, String suffix, Pattern key, Set<String> known, List<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(file + ": " + matcher.group(1));
                    }
                }
            }
        }
    }
}
