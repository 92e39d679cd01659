package org.statcommons.drives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.meetings.MeetingSummary;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.i18n.Language;

/**
 * Anyone registers for a drive's open information session with a name and an e-mail address, while the drive runs
 * and before the session ends. No double opt-in: the confirmation e-mail carries the session's iCalendar invitation
 * (written by meetings) and a personal link to cancel. An address registered already gets nothing new, and the
 * answer is the same; each network registers at most {@value #PER_NETWORK} times an hour.
 */
@Service
class RegisterForSession {

    static final int PER_NETWORK = 10;
    static final Duration NETWORK_WINDOW = Duration.ofHours(1);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Drives drives;
    private final Registrations registrations;
    private final SessionCalendar sessions;
    private final SecretTokens secrets;
    private final DriveMailer mailer;
    private final Clock clock;

    RegisterForSession(
            Permissions permissions,
            Drives drives,
            Registrations registrations,
            SessionCalendar sessions,
            SecretTokens secrets,
            DriveMailer mailer,
            Clock clock) {
        this.permissions = permissions;
        this.drives = drives;
        this.registrations = registrations;
        this.sessions = sessions;
        this.secrets = secrets;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    void register(
            Actor actor, Community community, long driveId, RegistrationForm.NewRegistration registration, String ip) {
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        Drive drive = drives.inCommunity(community, driveId);
        MeetingSummary session = session(community, drive);
        Instant now = clock.instant();
        if (!drive.openOn(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new ConflictException(Text.of(
                    "drives.closed", drive.startsOn().toString(), drive.endsOn().toString()));
        }
        if (!session.end().isAfter(now)) {
            throw new ConflictException(Text.of("drives.session.over"));
        }
        Instant since = now.minus(NETWORK_WINDOW);
        if (registrations.countFrom(ip, since) >= PER_NETWORK) {
            Instant free = registrations.oldestFrom(ip, since).plus(NETWORK_WINDOW);
            throw new TooManyRequestsException(
                    Text.of("drives.session.too-many", PER_NETWORK, TIME.format(free)), Duration.between(now, free));
        }
        Language language = Language.ofRequest();
        String secret = secrets.newSecret();
        String email = registration.email().value();
        if (registrations.insert(
                drive.id(), session.meetingId(), registration.name(), email, language, ip, secret, now)) {
            String calendar = sessions.invitation(
                            community.id(), session.meetingId(), registration.name(), email, language)
                    .orElseThrow();
            mailer.registered(community, drive, session, registration.name(), email, language, secret, calendar);
        }
    }

    /** The drive's session, if it has one that is scheduled: else "not found". */
    MeetingSummary session(Community community, Drive drive) {
        if (drive.sessionMeetingId() == null) {
            throw new NotFoundException(Text.of("drives.session.none"));
        }
        return sessions.scheduled(community.id(), drive.sessionMeetingId())
                .orElseThrow(() -> new NotFoundException(Text.of("drives.session.none")));
    }
}
