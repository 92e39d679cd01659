package org.statcommons.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * What the layout needs of the interface language, as {@code @languages}: {@code <html lang dir>}, the
 * switcher's links, and texts handed over as {@link Text} ({@link #text}). Each link leads to {@link LanguageController}, which sets the cookie and comes back to the
 * address the reader was on (without its {@code ?lang=}); plain links, so the switcher works without JavaScript
 * and without an account.
 */
@Component("languages")
public class LanguageSwitcher {

    private final MessageSource messages;

    LanguageSwitcher(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A text handed to a screen, in the reader's language: a {@link Text} (a notice carried across a redirect, a
     * heading chosen by the controller) is looked up in the bundles; anything else is shown as it is.
     */
    public String text(Object text, Locale locale) {
        if (text instanceof Text bundled) {
            return messages.getMessage(bundled, locale);
        }
        return text == null ? null : text.toString();
    }

    /** One language of the switcher: its code, its own name, where it leads, whether it is the current one. */
    public record Choice(String code, String tag, String name, String href, boolean current) {}

    public String tag(Locale locale) {
        return Language.of(locale).tag();
    }

    public String direction(Locale locale) {
        return Language.of(locale).direction();
    }

    /** The six languages, leading back to the page being shown. */
    public List<Choice> choices(Locale locale) {
        Language current = Language.of(locale);
        String back = currentAddress();
        return Language.ALL.stream()
                .map(language -> new Choice(
                        language.code(),
                        language.tag(),
                        language.nativeName(),
                        UriComponentsBuilder.fromPath(LanguageController.PATH + "/" + language.code())
                                .queryParam("back", back)
                                .encode()
                                .build()
                                .toUriString(),
                        language == current))
                .toList();
    }

    /** The address of the page being shown, without {@code lang}; the start page on a refusal or an error page. */
    private static String currentAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getDispatcherType() == DispatcherType.ERROR || refusedOrMissing(attributes.getResponse())) {
            // a page that is not there, or not for this reader, is not repeated: its address names what it
            // refuses (a private page's path), and switching language there leads to the start page instead
            return "/";
        }
        if (!"GET".equals(request.getMethod())) {
            // the answer to a form: coming back by GET would repeat nothing, so go back to the form's own address
            return request.getRequestURI();
        }
        String query = request.getQueryString();
        if (query == null) {
            return request.getRequestURI();
        }
        String kept = String.join(
                "&",
                java.util.Arrays.stream(query.split("&"))
                        .filter(part -> !part.equals(LanguageResolver.PARAMETER)
                                && !part.startsWith(LanguageResolver.PARAMETER + "="))
                        .toList());
        return kept.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + kept;
    }

    private static boolean refusedOrMissing(HttpServletResponse response) {
        if (response == null) {
            return false;
        }
        int status = response.getStatus();
        return status == 401 || status == 403 || status == 404 || status == 410;
    }
}
