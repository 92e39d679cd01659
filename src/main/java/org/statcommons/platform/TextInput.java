package org.statcommons.platform;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.statcommons.platform.i18n.Language;

/**
 * Checks free text typed by people. Names may be in any script (right-to-left, combining marks), but no
 * control characters and no bidirectional overrides, which can disguise what a name says. Text is
 * normalised to NFC so that the same name typed twice compares equal.
 */
public final class TextInput {

    /** How much of a typed day a refusal shows: enough to recognise a typo, not a page of text. */
    private static final int SHOWN_OF_A_DAY = 30;

    private final List<InvalidInputException.FieldMessage> errors = new ArrayList<>();

    public String line(String field, String label, String value, int maxLength, boolean required) {
        return line(field, new Label(label, null), value, maxLength, required);
    }

    /** A one-line text whose label is a bundle text: its refusals are shown in the reader's language. */
    public String line(String field, Text label, String value, int maxLength, boolean required) {
        return line(field, new Label(label.english(), label), value, maxLength, required);
    }

    private String line(String field, Label label, String value, int maxLength, boolean required) {
        String text = normalise(value).strip();
        if (text.isEmpty()) {
            if (required) {
                refuse(field, label, "required", maxLength);
            }
            return text;
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) || isBidiControl(cp))) {
            refuse(field, label, "control-characters", maxLength);
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            refuse(field, label, "too-long", maxLength);
        }
        return text;
    }

    /**
     * A day typed as year-month-day (what a browser's date field sends: {@code 2027-03-31}), or null when it is empty
     * or not a day; the refusal names the field and shows what was typed (shortened). Every form that takes a day
     * reads it here, so that every refusal of a day reads alike.
     */
    public LocalDate day(String field, Text label, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                error(field, Text.of("platform.input.day-required", label));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            int shown = text.offsetByCodePoints(0, Math.min(SHOWN_OF_A_DAY, text.codePointCount(0, text.length())));
            error(
                    field,
                    Text.of(
                            "platform.input.not-a-day",
                            label,
                            shown < text.length() ? text.substring(0, shown) + "…" : text));
            return null;
        }
    }

    /** Multi-line text such as Markdown: line breaks and tabs allowed, other control characters not. */
    public String block(String field, String label, String value, int maxLength, boolean required) {
        return block(field, new Label(label, null), value, maxLength, required);
    }

    /** A multi-line text whose label is a bundle text: its refusals are shown in the reader's language. */
    public String block(String field, Text label, String value, int maxLength, boolean required) {
        return block(field, new Label(label.english(), label), value, maxLength, required);
    }

    private String block(String field, Label label, String value, int maxLength, boolean required) {
        String text = normalise(value).replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            if (required) {
                refuse(field, label, "required", maxLength);
            }
            return text;
        }
        if (text.codePoints().anyMatch(cp -> cp != '\n' && cp != '\t' && Character.isISOControl(cp))) {
            refuse(field, label, "control-characters", maxLength);
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            refuse(field, label, "too-long", maxLength);
        }
        return text;
    }

    /** A field's label: English, and the bundle text it is in (null for a label not yet in the bundles). */
    private record Label(String english, Text text) {}

    private void refuse(String field, Label label, String problem, int maxLength) {
        if (label.text() != null) {
            errors.add(new InvalidInputException.FieldMessage(
                    field, Text.of("platform.input." + problem, label.text(), maxLength)));
            return;
        }
        String message = switch (problem) {
            case "required" -> label.english() + " is required.";
            case "control-characters" -> label.english() + " contains control characters; please retype it.";
            default -> label.english() + " is too long (at most " + maxLength + " characters).";
        };
        errors.add(new InvalidInputException.FieldMessage(field, message));
    }

    /**
     * Whether a value is text at all: no NUL (PostgreSQL cannot keep it in a text column) and no half of a
     * surrogate pair (no character; the database driver would silently turn it into '?'). Every request's
     * parameters and JSON strings are checked at the edge ({@code platform.web.TextOnlyRequests}); the other
     * control characters are each field's business.
     */
    /**
     * One of the six interface languages chosen in a form (the language of an e-mail to be sent): its code, or
     * nothing for the language of this request; any other code is refused.
     */
    public Language language(String field, String code) {
        if (code == null || code.isBlank()) {
            return Language.ofRequest();
        }
        return Language.ofCode(code.strip()).orElseGet(() -> {
            error(field, Text.of("platform.language.unknown"));
            return Language.ofRequest();
        });
    }

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

    /** The refusal of a value that is not {@link #isText text}; the label names the field. */
    public static Text notText(Text label) {
        return Text.of("platform.input.not-text", label);
    }

    public void error(String field, String message) {
        errors.add(new InvalidInputException.FieldMessage(field, message));
    }

    /** A refusal made elsewhere (a value parsed by another check), kept with its bundle text. */
    public void error(InvalidInputException.FieldMessage error) {
        errors.add(error);
    }

    /** A refusal in the bundles' words, shown in the reader's language. */
    public void error(String field, Text text) {
        errors.add(new InvalidInputException.FieldMessage(field, text));
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
