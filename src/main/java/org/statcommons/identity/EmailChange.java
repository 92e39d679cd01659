package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;

/** A new address for one's own account ({@link EmailChangeForm#command}), with the current password as proof. */
record EmailChange(EmailAddress newEmail, String currentPassword) {}
