package org.statcommons.meetings;

/** An invitee's answer to one candidate time. */
enum Answer {
    YES("Yes"),
    IF_NEED_BE("If need be"),
    NO("No");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Answer parse(String value) {
        if (value == null) {
            return null;
        }
        for (Answer answer : values()) {
            if (answer.name().equalsIgnoreCase(value.strip().replace('-', '_').replace(' ', '_'))) {
                return answer;
            }
        }
        return null;
    }
}
