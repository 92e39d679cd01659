package org.statcommons.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Every feature's message bundles, read once: {@code messages/<feature>.properties} (English, the reference) and
 * {@code messages/<feature>_<code>.properties} for each other {@link Language}, in UTF-8. A key a translation
 * lacks is read in English, so a page never shows a key; a key English lacks is an error
 * ({@link #format} throws, and {@code BundlesTests} fails the build before that can happen).
 *
 * <p>Held once for the whole process and never changed after loading: exceptions are built where no bean is at
 * hand, yet say their English text ({@code platform.Text#english()}), so the catalogue is reachable without one.
 */
public final class Bundles {

    static final String LOCATION = "classpath*:messages/*.properties";
    private static final Pattern FILE_NAME = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2}))?\\.properties");

    private final Map<Language, Map<String, String>> patterns;

    private Bundles(Map<Language, Map<String, String>> patterns) {
        this.patterns = patterns;
    }

    private static final class Holder {
        static final Bundles BUNDLED = load(LOCATION);
    }

    /** The bundles on the class path. */
    public static Bundles bundled() {
        return Holder.BUNDLED;
    }

    /** The bundles at this location pattern; two features defining one key is an error. */
    static Bundles load(String location) {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        Map<String, String> featureOfKey = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException("Not a bundle's name: " + resource.getFilename()
                            + " (expected <feature>.properties or <feature>_<language>.properties)");
                }
                String feature = name.group(1);
                Language language = name.group(2) == null
                        ? Language.ENGLISH
                        : Language.ofCode(name.group(2))
                                .filter(found -> found != Language.ENGLISH)
                                .orElseThrow(() -> new IllegalStateException(
                                        "Not an interface language: " + resource.getFilename()));
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> target = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
                for (String key : properties.stringPropertyNames()) {
                    String owner = featureOfKey.putIfAbsent(key + "@" + language.code(), feature);
                    if (owner != null && !owner.equals(feature)) {
                        throw new IllegalStateException(
                                "The key " + key + " is in the bundles of both " + owner + " and " + feature);
                    }
                    target.put(key, properties.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Language, Map<String, String>> frozen = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            frozen.put(language, Map.copyOf(byLanguage.getOrDefault(language, Map.of())));
        }
        return new Bundles(frozen);
    }

    /** The keys and patterns of one language's bundles, exactly as written (no English filled in). */
    public Map<String, String> patterns(Language language) {
        return patterns.get(language);
    }

    /** The pattern of this key in this language, or in English when the translation lacks it. */
    public Optional<String> pattern(String key, Locale locale) {
        String own = patterns.get(Language.of(locale)).get(key);
        return Optional.ofNullable(
                own != null ? own : patterns.get(Language.ENGLISH).get(key));
    }

    /** The text of this key in this language (English where the translation lacks it), formatted by ICU. */
    public String format(String key, Object[] args, Locale locale) {
        String pattern = pattern(key, locale).orElseThrow(() -> new IllegalArgumentException("No message " + key));
        return format(pattern, args, Language.of(locale));
    }

    /**
     * ICU formats the pattern: {@code {0}}, {@code {0, number}}, {@code {0, plural, one {# page} other {# pages}}},
     * {@code {0, select, …}} with CLDR's rules and digits for the language. A pattern with no argument and no
     * doubled apostrophe is its own text, which spares most of a page's texts the parsing.
     */
    static String format(String pattern, Object[] args, Language language) {
        if ((args == null || args.length == 0) && pattern.indexOf('{') < 0 && !pattern.contains("''")) {
            return pattern;
        }
        Object[] resolved = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < resolved.length; i++) {
            // a text inside a text ("{0} is required", the field's label) is put in the same language
            if (resolved[i] instanceof Text inner) {
                resolved[i] = bundled().format(inner.key(), inner.getArguments(), language.locale());
            } else if (resolved[i] instanceof LocalDate day) {
                // a day of the calendar in the language's own form, as every screen shows one
                resolved[i] =
                        TimePresenter.anonymous().inLanguage(language.locale()).day(day);
            }
        }
        return new MessageFormat(pattern, ULocale.forLocale(language.locale())).format(resolved);
    }
}
