package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;

/** The change-of-address form as typed: the new address, and the current password as proof. */
record EmailChangeForm(String newEmail, String currentPassword) {

    static EmailChangeForm blank() {
        return new EmailChangeForm("", "");
    }

    /** Whether this form was the one sent. */
    boolean typed() {
        return newEmail != null;
    }

    /** The change, or the reason the new address is not one. */
    EmailChange command() {
        return new EmailChange(EmailAddress.parse("newEmail", newEmail), currentPassword);
    }
}
