package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;

/**
 * Another feature's invitations, as organisation sign-in needs them: where sign-up is by invitation, a newcomer whose
 * provider confirms an address that was invited (to a community, say) gets an account, and then accepts the
 * invitation itself where it was made (its code of conduct, its role).
 */
public interface InvitedAddresses {

    /** Whether an invitation to this address is waiting to be accepted. */
    boolean invited(EmailAddress email);
}
