package org.statcommons.platform.web;

import org.springframework.stereotype.Component;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The edge check of {@link TextOnlyRequests} for JSON bodies: every string read from JSON — a field, an element
 * of a list, a map's key or value — must be {@link TextInput#isText text}. JSON can escape what a form cannot
 * send ({@code "\u0000"}, {@code "\uD800"}); such a body is refused with a 400 problem naming the field
 * ({@link ErrorResponder}) before any feature sees it. Spring Boot registers this module with the JSON mapper
 * that reads request bodies.
 */
@Component
class TextOnlyJson extends SimpleModule {

    TextOnlyJson() {
        super("statcommons-text-only");
        addDeserializer(String.class, new CheckedStrings());
        addKeyDeserializer(String.class, new CheckedKeys());
    }

    private static String checked(String value, String field) {
        if (value != null && !TextInput.isText(value)) {
            String name = field == null ? "" : field;
            throw new InvalidInputException(
                    name,
                    TextInput.notText(
                            name.isEmpty() ? Text.of("platform.input.value") : Text.of("platform.input.field", name)));
        }
        return value;
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return checked(super.deserialize(parser, context), parser.currentName());
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return checked(key, "");
        }
    }
}
