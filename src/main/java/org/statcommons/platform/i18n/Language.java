package org.statcommons.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The interface languages: the six official languages of the United Nations. Each is named in itself in the
 * language switcher, and Arabic is written right to left.
 */
public enum Language {
    ARABIC("ar", "ar", "العربية", true),
    CHINESE("zh", "zh-Hans", "中文", false),
    ENGLISH("en", "en", "English", false),
    FRENCH("fr", "fr", "Français", false),
    RUSSIAN("ru", "ru", "Русский", false),
    SPANISH("es", "es", "Español", false);

    /** In the order the switcher shows them: the UN's order, by the English names. */
    public static final List<Language> ALL = List.of(values());

    private final String code;
    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String code, String tag, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The ISO 639-1 code: {@code ?lang=}, the cookie, the bundle files' suffix, the profile's column. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for {@code <html lang>} (Chinese as simplified script, so that fonts are chosen well). */
    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return locale;
    }

    /** The language of this code ("ar", "AR"), if it is one of the six; anything else (null, "xx", "ar-EG") is none. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.code.equalsIgnoreCase(code))
                .findFirst();
    }

    /**
     * The language of the request this thread is answering (as {@code web.LanguageResolver} chose it), English
     * outside a request (a scheduled digest): an e-mail to an address without an account is written in the
     * language of the person whose request sent it.
     */
    public static Language ofRequest() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? ENGLISH : of(context.getLocale());
    }

    /**
     * The language of the request this thread is answering, or {@code otherwise} outside a request: a refusal read
     * by the person who caused it (a post refused by e-mail is bounced in their profile's language).
     */
    public static Language ofRequestOr(Language otherwise) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? otherwise : of(context.getLocale());
    }

    /** The language of a locale, English for one that is not offered. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage()).orElse(ENGLISH);
    }
}
