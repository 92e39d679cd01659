package org.statcommons.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks free text typed by people. Names may be in any script (right-to-left, combining marks), but no
 * control characters and no bidirectional overrides, which can disguise what a name says. Text is
 * normalised to NFC so that the same name typed twice compares equal.
 */
public final class TextInput {

    private final List<InvalidInputException.FieldMessage> errors = new ArrayList<>();

    public String line(String field, String label, String value, int maxLength, boolean required) {
        String text = normalise(value).strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new InvalidInputException.FieldMessage(field, label + " is required."));
            }
            return text;
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) || isBidiControl(cp))) {
            errors.add(new InvalidInputException.FieldMessage(
                    field, label + " contains control characters; please retype it."));
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new InvalidInputException.FieldMessage(
                    field, label + " is too long (at most " + maxLength + " characters)."));
        }
        return text;
    }

    /** Multi-line text such as Markdown: line breaks and tabs allowed, other control characters not. */
    public String block(String field, String label, String value, int maxLength, boolean required) {
        String text = normalise(value).replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new InvalidInputException.FieldMessage(field, label + " is required."));
            }
            return text;
        }
        if (text.codePoints().anyMatch(cp -> cp != '\n' && cp != '\t' && Character.isISOControl(cp))) {
            errors.add(new InvalidInputException.FieldMessage(
                    field, label + " contains control characters; please retype it."));
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new InvalidInputException.FieldMessage(
                    field, label + " is too long (at most " + maxLength + " characters)."));
        }
        return text;
    }

    /**
     * Whether a value is text at all: no NUL (PostgreSQL cannot keep it in a text column) and no half of a
     * surrogate pair (no character; the database driver would silently turn it into '?'). Every request's
     * parameters and JSON strings are checked at the edge ({@code platform.web.TextOnlyRequests}); the other
     * control characters are each field's business.
     */
    public static boolean isText(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The message for a value that is not {@link #isText text}. */
    public static String notText(String label) {
        return label + " contains a character that is not text (NUL, or half of a surrogate pair); please retype it.";
    }

    public void error(String field, String message) {
        errors.add(new InvalidInputException.FieldMessage(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws when any check failed, so that the caller writes nothing. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String normalise(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C;
    }
}
