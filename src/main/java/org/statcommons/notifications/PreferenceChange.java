package org.statcommons.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A person's new choices, parsed at the edge from the account's form or the API's JSON.
 *
 * @param defaultChoice their choice for every community; null: follow the server's default
 * @param communities   the choice for each community named (null: follow their default); communities left out stay
 */
record PreferenceChange(Choice defaultChoice, Map<Long, Choice> communities) {

    /**
     * Parses what was typed, each value a choice's name ("" to follow the default); every value that names no
     * choice is refused at once, for its field ({@code default}, {@code c<community id>}).
     */
    static PreferenceChange parse(String typedDefault, Map<Long, String> typedPerCommunity) {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Choice chosenDefault = parse("default", typedDefault, errors);
        Map<Long, Choice> chosen = new LinkedHashMap<>();
        typedPerCommunity.forEach(
                (communityId, typed) -> chosen.put(communityId, parse(field(communityId), typed, errors)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PreferenceChange(chosenDefault, chosen);
    }

    /** The form's field of a community's choice. */
    static String field(long communityId) {
        return "c" + communityId;
    }

    private static Choice parse(String field, String typed, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Choice choice = Choice.parse(typed);
        if (choice == null) {
            errors.add(
                    new InvalidInputException.FieldMessage(field, Text.of("notifications.preferences.unknown-choice")));
        }
        return choice;
    }
}
