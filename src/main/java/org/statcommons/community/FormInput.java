package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Reads the typed fields of this feature's forms that are not plain text (an e-mail address, a role, a guest's
 * last day), for invitations, nominations and role changes alike. Problems go to the {@link TextInput} with the
 * others, so that a form names all of them at once.
 */
final class FormInput {

    /** How far ahead a guest's last day may be: guests are invited for a limited time. */
    static final int MAX_GUEST_DAYS = 366 * 2;

    private FormInput() {}

    /** The address, or null (and a message) when it is not one. */
    static EmailAddress email(TextInput input, String field, String typed) {
        try {
            return EmailAddress.parse(field, typed);
        } catch (InvalidInputException e) {
            e.errors().forEach(input::error);
            return null;
        }
    }

    static CommunityRole role(TextInput input, String typed) {
        try {
            return CommunityRole.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            input.error("role", Text.of("community.role.choose"));
            return null;
        }
    }

    /** A guest's last day, from {@code today} to two years ahead; null for other roles, whatever was typed. */
    static LocalDate guestUntil(TextInput input, CommunityRole role, String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        if (role != CommunityRole.GUEST) {
            return null;
        }
        if (text.isEmpty()) {
            input.error("guestUntil", Text.of("community.guest-until.missing"));
            return null;
        }
        LocalDate date = input.day("guestUntil", Text.of("community.guest-until"), text, true);
        if (date != null && date.isBefore(today)) {
            input.error("guestUntil", Text.of("community.guest-until.past"));
        } else if (date != null && date.isAfter(today.plusDays(MAX_GUEST_DAYS))) {
            input.error("guestUntil", Text.of("community.guest-until.too-far"));
        }
        return date;
    }
}
