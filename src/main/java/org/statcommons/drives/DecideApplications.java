package org.statcommons.drives;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.InviteMember;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The secretariat approves applications (each is sent the community's invitation, through community's own use
 * case, in the applicant's language) or declines them (each is told politely by e-mail), one or many at once. All
 * in one transaction: one that cannot be decided (already decided, the address already a member's) leaves every
 * other undecided too, and the refusal names it.
 */
@Service
class DecideApplications {

    private final Permissions permissions;
    private final Drives drives;
    private final Applications applications;
    private final InviteMember inviteMember;
    private final DriveMailer mailer;
    private final Clock clock;

    DecideApplications(
            Permissions permissions,
            Drives drives,
            Applications applications,
            InviteMember inviteMember,
            DriveMailer mailer,
            Clock clock) {
        this.permissions = permissions;
        this.drives = drives;
        this.applications = applications;
        this.inviteMember = inviteMember;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Decides the applications with these ids; returns how many were decided. */
    @Transactional
    int decide(Actor actor, Community community, long driveId, List<Long> ids, boolean approve) {
        permissions.require(actor, Action.MANAGE_DRIVES, community.id());
        Drive drive = drives.lock(community, driveId);
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException("application", Text.of("drives.decide.none-chosen"));
        }
        List<Application> chosen = applications.inDrive(drive.id(), distinct);
        if (chosen.size() != distinct.size()) {
            throw new NotFoundException(Text.of("drives.application.not-found"));
        }
        Instant now = clock.instant();
        for (Application application : chosen) {
            if (!application.pending()) {
                throw new ConflictException(Text.of("drives.decide.already", application.name(), application.email()));
            }
            if (approve) {
                long invitation = inviteMember.inviteAsMember(
                        actor,
                        community,
                        new EmailAddress(application.email()),
                        application.name(),
                        application.organisation(),
                        application.language());
                applications.decide(application.id(), Application.Status.APPROVED, invitation, actor.accountId(), now);
            } else {
                applications.decide(application.id(), Application.Status.DECLINED, null, actor.accountId(), now);
                mailer.declined(application, community, drive);
            }
        }
        return chosen.size();
    }
}
