package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/**
 * The bulk invitation form as typed: the list (pasted, or the text of an uploaded file shown again to be mended),
 * the role of rows that name none, guests' last day, a message for everyone and the language of the e-mails.
 */
record BulkInvitationForm(String addresses, String role, String guestUntil, String message, String language) {

    static BulkInvitationForm blank() {
        return new BulkInvitationForm(
                "", CommunityRole.MEMBER.name(), "", "", Language.ofRequest().code());
    }

    /** Whether anything was typed: the screen shows a form it has not been given blank. */
    boolean typed() {
        return addresses != null;
    }

    /** The same form with the list's text in place of what was pasted (an uploaded file's, to be mended). */
    BulkInvitationForm withAddresses(String text) {
        return new BulkInvitationForm(text, role, guestUntil, message, language);
    }

    /**
     * The checked command, or every problem of the form's own fields at once; the list is read from {@code file}
     * when one was uploaded, else from the pasted text.
     */
    BulkInvitation command(InvitationListReader reader, byte[] file, LocalDate today) {
        TextInput input = new TextInput();
        CommunityRole chosen =
                FormInput.role(input, role == null || role.isBlank() ? CommunityRole.MEMBER.name() : role);
        // the last day is checked only when given: whether a guest is on the list is known once it is read
        LocalDate until = guestUntil == null || guestUntil.isBlank()
                ? null
                : FormInput.guestUntil(input, CommunityRole.GUEST, guestUntil, today);
        String text =
                input.block("message", Text.of("community.field.message"), message, InvitationForm.MESSAGE_MAX, false);
        Language written = input.language("language", language);
        input.throwIfInvalid();
        InvitationList list = file != null ? reader.readFile(file, chosen) : reader.read(addresses, chosen);
        return new BulkInvitation(list, until, text, written);
    }
}
