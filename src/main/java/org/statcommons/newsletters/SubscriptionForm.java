package org.statcommons.newsletters;

import org.statcommons.platform.EmailAddress;

/** The public subscription form on a community's Newsletters tab, as typed and shown again when refused. */
record SubscriptionForm(String email) {

    /** The address, checked (an invalid one is refused next to the field). */
    EmailAddress address() {
        return EmailAddress.parse("email", email);
    }
}
