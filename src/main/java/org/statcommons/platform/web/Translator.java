package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Puts the error answers' texts in the request's language: the titles and explanations of {@link ErrorResponder}
 * and {@link ServletErrorController}, and the refusals that came as bundle texts ({@link Text}); a message not yet
 * in the bundles stays as it was written, in English.
 */
@Component
class Translator {

    private final MessageSource messages;

    Translator(MessageSource messages) {
        this.messages = messages;
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, locale(request));
    }

    String text(HttpServletRequest request, Text text) {
        return messages.getMessage(text, locale(request));
    }

    String message(HttpServletRequest request, InvalidInputException.FieldMessage error) {
        return error.text() == null ? error.message() : text(request, error.text());
    }

    /** Each field's first message, in the request's language ("" for the whole form). */
    Map<String, String> byField(HttpServletRequest request, InvalidInputException e) {
        Map<String, String> map = new LinkedHashMap<>();
        e.errors().forEach(error -> map.putIfAbsent(error.field(), message(request, error)));
        return map;
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }
}
