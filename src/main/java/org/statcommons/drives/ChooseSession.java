package org.statcommons.drives;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The secretariat names which of the community's scheduled meetings is the drive's open information session (or
 * none). The meeting is organised through meetings as any other; the drive only keeps its id and the registrations.
 */
@Service
class ChooseSession {

    private final Permissions permissions;
    private final Drives drives;
    private final SessionCalendar sessions;

    ChooseSession(Permissions permissions, Drives drives, SessionCalendar sessions) {
        this.permissions = permissions;
        this.drives = drives;
        this.sessions = sessions;
    }

    /** {@code meetingId}: the meeting, or null for no session. */
    @Transactional
    void choose(Actor actor, Community community, long driveId, Long meetingId) {
        permissions.require(actor, Action.MANAGE_DRIVES, community.id());
        Drive drive = drives.lock(community, driveId);
        if (meetingId != null && sessions.scheduled(community.id(), meetingId).isEmpty()) {
            throw new InvalidInputException("meeting", Text.of("drives.session.not-scheduled"));
        }
        drives.setSession(drive.id(), meetingId);
    }
}
