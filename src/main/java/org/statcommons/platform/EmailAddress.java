package org.statcommons.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it, checked by Jakarta Mail's strict parser and kept in lower case so
 * that the same person cannot hold two accounts by changing case.
 */
public record EmailAddress(String value) {

    private static final Pattern DOMAIN = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        value = value.toLowerCase(Locale.ROOT);
    }

    /** Parses a typed address or throws {@link InvalidInputException} for the given field. */
    public static EmailAddress parse(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, Text.of("platform.email.required"));
        }
        if (text.length() > 254
                || text.codePoints().anyMatch(Character::isISOControl)
                || !DOMAIN.matcher(text).matches()) {
            throw new InvalidInputException(field, Text.of("platform.email.invalid"));
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            if (!text.equals(address.getAddress())) {
                throw new InvalidInputException(field, Text.of("platform.email.with-name"));
            }
        } catch (AddressException e) {
            throw new InvalidInputException(field, Text.of("platform.email.invalid"));
        }
        return new EmailAddress(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
