package org.statcommons.content;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statcommons.platform.i18n.Language;

/**
 * The language a page is written in, as a BCP 47 tag ({@code fr}, {@code ar}, {@code zh-Hans}).
 *
 * <p>A translation says its language in its file name: {@code guide.fr.md} is the French version of
 * {@code guide.md}, so that a space's page list alone tells which versions a page has (no file is read to find
 * them), and a Git clone shows the versions side by side. The original (the page without a language in its name)
 * may say its language in its front matter ({@code lang: en}). A translation records in its front matter which
 * commit of the original it was made from ({@code translated-from: <commit>}).
 *
 * <p>Only ISO 639-1 codes (two letters) count as a language in a name, optionally with a script or region
 * ({@code zh-Hans}, {@code pt-BR}), so a page called {@code release.2026.md} or {@code notes.old.md} is no
 * translation.
 */
public record PageLanguage(String tag) {

    /** The front-matter field of an original page that gives its language. */
    public static final String FIELD = "lang";

    /** The front-matter field of a translation that records the commit of the original it was made from. */
    public static final String TRANSLATED_FROM = "translated-from";

    private static final Set<String> CODES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final Pattern TAG = Pattern.compile("([a-z]{2})(-[A-Z][a-z]{3})?(-[A-Z]{2})?");
    private static final Pattern TRANSLATION = Pattern.compile(
            "(.+)\\.([a-z]{2}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?)" + Pattern.quote(SpacePath.PAGE_SUFFIX));

    public PageLanguage {
        if (!valid(tag)) {
            throw new IllegalArgumentException("Not a language: " + tag);
        }
    }

    /** The language named by a tag as typed ({@code FR}, {@code zh_hans}), when it is one. */
    public static Optional<PageLanguage> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String tag = ULocale.forLanguageTag(typed.strip().replace('_', '-')).toLanguageTag();
        return valid(tag) ? Optional.of(new PageLanguage(tag)) : Optional.empty();
    }

    public static boolean valid(String tag) {
        if (tag == null) {
            return false;
        }
        Matcher matcher = TAG.matcher(tag);
        return matcher.matches() && CODES.contains(matcher.group(1));
    }

    /** The language a translation's file name gives ({@code fr} for {@code guide.fr.md}). */
    public static Optional<PageLanguage> ofPath(String path) {
        Matcher matcher = TRANSLATION.matcher(path);
        return matcher.matches() && valid(matcher.group(2))
                ? Optional.of(new PageLanguage(matcher.group(2)))
                : Optional.empty();
    }

    /** The language of a page: its file name's for a translation, else its front matter's {@code lang}. */
    public static Optional<PageLanguage> of(String path, Map<String, String> fields) {
        Optional<PageLanguage> named = ofPath(path);
        return named.isPresent() ? named : parse(fields.get(FIELD));
    }

    /** The original a translation belongs to ({@code guide.md} for {@code guide.fr.md}); an original's own path. */
    public static String originalPath(String path) {
        Matcher matcher = TRANSLATION.matcher(path);
        return matcher.matches() && valid(matcher.group(2)) ? matcher.group(1) + SpacePath.PAGE_SUFFIX : path;
    }

    /** Where the translation of an original into this language lives. */
    public String translationOf(String originalPath) {
        return originalPath.substring(0, originalPath.length() - SpacePath.PAGE_SUFFIX.length()) + "." + tag
                + SpacePath.PAGE_SUFFIX;
    }

    /** The language's name in itself ("français", "العربية"), as a language switch lists it. */
    public String name() {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    /** {@code rtl} for languages written right to left (Arabic, Hebrew, Persian, Urdu…), else {@code ltr}. */
    public String dir() {
        return ULocale.forLanguageTag(tag).isRightToLeft() ? "rtl" : "ltr";
    }

    /**
     * The languages the "Translate this page" choice offers: the six interface languages (any other ISO 639-1 code
     * is accepted in the address, {@code ?lang=pt}).
     */
    public static List<PageLanguage> offered() {
        return Language.ALL.stream()
                .map(language -> new PageLanguage(language.code()))
                .toList();
    }
}
