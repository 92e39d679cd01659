package org.statcommons.notifications;

/**
 * What a person wants to hear of a community. Stored by name; its words on screen are the bundle's
 * {@code notifications.choice.<NAME>} and {@code notifications.choice.<NAME>.explained}.
 */
enum Choice {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    OFF;

    /** The choice named in a form or the API, or null when the text names none. */
    static Choice parse(String name) {
        for (Choice choice : values()) {
            if (choice.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return choice;
            }
        }
        return null;
    }
}
