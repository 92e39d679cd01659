package org.statcommons.notifications;

/** What a person wants to hear of a community. Stored by name. */
enum Choice {
    IMMEDIATE("Immediately", "an e-mail for each notification"),
    DAILY("Daily digest", "one e-mail a day with everything new"),
    WEEKLY("Weekly digest", "one e-mail a week with everything new"),
    OFF("Off", "no e-mail, and in the app only what concerns you personally");

    private final String label;
    private final String explanation;

    Choice(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

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
