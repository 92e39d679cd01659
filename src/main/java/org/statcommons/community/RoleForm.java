package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** A role change as typed on the member's screen or sent to the API: the role, a guest's last day, the reason. */
record RoleForm(String role, String guestUntil, String reason) {

    /** The checked change, or every problem at once; a guest's last day is from {@code today} on. */
    RoleChange change(LocalDate today) {
        TextInput input = new TextInput();
        CommunityRole chosen = FormInput.role(input, role);
        LocalDate until = FormInput.guestUntil(input, chosen, guestUntil, today);
        String why = input.block("reason", Text.of("community.field.reason"), reason, RemoveMember.REASON_MAX, false);
        input.throwIfInvalid();
        return new RoleChange(chosen, until, why);
    }
}
