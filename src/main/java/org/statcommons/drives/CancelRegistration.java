package org.statcommons.drives;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.Text;

/**
 * The personal link of a registration cancels it (a page with a button first, so that a mail scanner following links
 * cancels nothing). The person is sent the iCalendar cancellation, which takes the session out of their calendar. A
 * link unknown or already used is gone (410).
 */
@Service
class CancelRegistration {

    private final Registrations registrations;
    private final Drives drives;
    private final Communities communities;
    private final SessionCalendar sessions;
    private final DriveMailer mailer;
    private final Clock clock;

    CancelRegistration(
            Registrations registrations,
            Drives drives,
            Communities communities,
            SessionCalendar sessions,
            DriveMailer mailer,
            Clock clock) {
        this.registrations = registrations;
        this.drives = drives;
        this.communities = communities;
        this.sessions = sessions;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The registration a link names, while it stands; else {@link GoneException}. */
    @Transactional(readOnly = true)
    Registration usable(String secret) {
        return registrations
                .bySecret(secret)
                .filter(r -> r.cancelledAt() == null)
                .orElseThrow(CancelRegistration::gone);
    }

    @Transactional
    Drive cancel(String secret) {
        Registration registration = registrations
                .lockBySecret(secret)
                .filter(r -> r.cancelledAt() == null)
                .orElseThrow(CancelRegistration::gone);
        registrations.cancel(registration.id(), clock.instant());
        Drive drive = drives.find(registration.driveId()).orElseThrow();
        Community community = communities.byId(drive.communityId()).orElseThrow();
        sessions.cancellation(
                        community.id(),
                        registration.meetingId(),
                        registration.name(),
                        registration.email(),
                        registration.language())
                .ifPresent(calendar -> mailer.cancelled(community, drive, registration, calendar));
        return drive;
    }

    private static GoneException gone() {
        return new GoneException(Text.of("drives.registration.gone.title"), Text.of("drives.registration.gone"));
    }
}
