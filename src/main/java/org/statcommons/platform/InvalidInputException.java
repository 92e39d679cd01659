package org.statcommons.platform;

import java.util.List;
import java.util.Map;

/**
 * Input that cannot be accepted, with a clear message per field. Pages show the messages next to the form;
 * the API answers a 400 problem listing them. Thrown before anything is written.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldMessage> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldMessage(field, message)));
    }

    /** A refusal in the bundles' words, shown in the reader's language ({@link Text}). */
    public InvalidInputException(String field, Text text) {
        this(List.of(new FieldMessage(field, text)));
    }

    public InvalidInputException(List<FieldMessage> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public Map<String, String> byField() {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
        return map;
    }

    /**
     * One problem with one field ("" for the whole form): its English message, and the bundle text it came from
     * (null for a message not yet in the bundles), which the error answer shows in the reader's language.
     */
    public record FieldMessage(String field, String message, Text text) {

        public FieldMessage(String field, String message) {
            this(field, message, null);
        }

        public FieldMessage(String field, Text text) {
            this(field, text.english(), text);
        }
    }
}
