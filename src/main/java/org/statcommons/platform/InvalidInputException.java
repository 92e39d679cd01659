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

    /** One problem with one field ("" for the whole form). */
    public record FieldMessage(String field, String message) {}
}
