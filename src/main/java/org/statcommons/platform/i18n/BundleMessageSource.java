package org.statcommons.platform.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Spring's {@link MessageSource} over every feature's {@link Bundles}, formatted by ICU: what Thymeleaf's
 * {@code #{key(args)}} and Java code ({@code messages.getMessage(text, locale)}) read. The one message source of
 * the application (Spring Boot's own, reading {@code messages.properties}, steps aside for a bean of this name).
 */
@Component("messageSource")
public class BundleMessageSource implements MessageSource {

    private final Bundles bundles = Bundles.bundled();

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return bundles.pattern(code, locale)
                .map(pattern -> Bundles.format(pattern, args, Language.of(locale)))
                .orElse(defaultMessage);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        String message = getMessage(code, args, null, locale);
        if (message == null) {
            throw new NoSuchMessageException(code, locale);
        }
        return message;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                String message = getMessage(code, resolvable.getArguments(), null, locale);
                if (message != null) {
                    return message;
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
    }
}
