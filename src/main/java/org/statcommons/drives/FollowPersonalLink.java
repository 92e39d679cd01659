package org.statcommons.drives;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone opens the drive's page through the personal link of their invitation: the use is counted (the drive's one
 * measure of who read it; no pixel, no other tracking) and the form is filled in with what the file said of them.
 * A link that is not one of this drive's shows the page as to anyone.
 */
@Service
class FollowPersonalLink {

    private final DriveInvitations invitations;
    private final Clock clock;

    FollowPersonalLink(DriveInvitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional
    Optional<ApplicationForm> follow(Drive drive, String secret) {
        return invitations
                .use(drive.id(), secret, clock.instant())
                .map(named -> new ApplicationForm(named.name(), named.email(), named.organisation(), "", "", ""));
    }
}
