package org.statcommons.community;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.statcommons.access.CommunityRole;
import org.statcommons.platform.TextInput;

/** Reads a typed role and a guest's last day, for role changes and invitations alike. */
final class RoleInput {

    /** How far ahead a guest's last day may be: guests are invited for a limited time. */
    static final int MAX_GUEST_DAYS = 366 * 2;

    private RoleInput() {
    }

    static CommunityRole role(TextInput input, String typed) {
        try {
            return CommunityRole.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            input.error("role", "Choose a role from the list.");
            return null;
        }
    }

    static LocalDate guestUntil(TextInput input, CommunityRole role, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (role != CommunityRole.GUEST) {
            return null;
        }
        if (text.isEmpty()) {
            input.error("guestUntil", "A guest needs a last day.");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(LocalDate.now())) {
                input.error("guestUntil", "The guest's last day must be today or later.");
            } else if (date.isAfter(LocalDate.now().plusDays(MAX_GUEST_DAYS))) {
                input.error("guestUntil", "A guest is invited for at most two years.");
            }
            return date;
        } catch (DateTimeParseException e) {
            input.error("guestUntil", "Give the last day as a date, for example 2027-03-31.");
            return null;
        }
    }
}
