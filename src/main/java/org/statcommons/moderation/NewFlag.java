package org.statcommons.moderation;

/**
 * A flag as the form or the API gives it: the item's subject key ({@code comment:5}), the reason's code and a
 * note for the moderators. Every field is text as typed, so the form shows it again when it is refused.
 */
record NewFlag(String item, String reason, String note) {

    static NewFlag of(String item) {
        return new NewFlag(item, null, null);
    }
}
