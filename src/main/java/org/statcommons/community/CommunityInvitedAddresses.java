package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.statcommons.identity.InvitedAddresses;
import org.statcommons.platform.EmailAddress;

/** Addresses with a community invitation waiting: their owners may come in through their organisation's sign-in. */
@Component
class CommunityInvitedAddresses implements InvitedAddresses {

    private final Invitations invitations;
    private final Clock clock;

    CommunityInvitedAddresses(Invitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public boolean invited(EmailAddress email) {
        return invitations.pendingTo(email.value(), clock.instant());
    }
}
