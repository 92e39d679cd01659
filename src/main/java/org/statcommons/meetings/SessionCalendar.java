package org.statcommons.meetings;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.i18n.Language;

/**
 * The public API of meetings for a meeting that people outside the community attend (a membership drive's open
 * information session): its time, and its iCalendar invitation or cancellation for one person who is not an invitee.
 * The meeting stays the organiser's, changed only through meetings; the caller keeps who registered, and decides who
 * may read the meeting's time.
 */
@Component
public class SessionCalendar {

    private final Meetings meetings;
    private final Communities communities;
    private final Accounts accounts;
    private final MeetingMailer mailer;

    SessionCalendar(Meetings meetings, Communities communities, Accounts accounts, MeetingMailer mailer) {
        this.meetings = meetings;
        this.communities = communities;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    /** The meeting of this community if it is scheduled (not a poll, not cancelled): its first occurrence. */
    public Optional<MeetingSummary> scheduled(long communityId, long meetingId) {
        Community community = communities.byId(communityId).orElse(null);
        if (community == null) {
            return Optional.empty();
        }
        return meetings.find(meetingId)
                .filter(m -> m.communityId() == communityId && m.scheduled())
                .map(m -> new MeetingSummary(
                        m.id(),
                        m.title(),
                        m.kind(),
                        m.startsAt(),
                        m.startsAt().plus(m.duration()),
                        MeetingAddress.meeting(community.slug(), m.id()),
                        m.where()));
    }

    /** The iCalendar REQUEST of a scheduled meeting addressed to one person, or empty when it is not scheduled. */
    public Optional<String> invitation(long communityId, long meetingId, String name, String email, Language language) {
        return details(communityId, meetingId)
                .map(details -> MeetingCalendar.request(details, new MeetingCalendar.Recipient(name, email, language)));
    }

    /** The iCalendar CANCEL of a meeting for one person (it leaves their calendar), or empty when there is none. */
    public Optional<String> cancellation(
            long communityId, long meetingId, String name, String email, Language language) {
        return details(communityId, meetingId)
                .map(details -> MeetingCalendar.cancel(details, new MeetingCalendar.Recipient(name, email, language)));
    }

    private Optional<MeetingCalendar.Details> details(long communityId, long meetingId) {
        Community community = communities.byId(communityId).orElse(null);
        if (community == null) {
            return Optional.empty();
        }
        return meetings.find(meetingId)
                .filter(m -> m.communityId() == communityId && m.scheduled())
                .map(m -> mailer.calendarDetails(
                        community,
                        m,
                        accounts.byId(m.organiserId()),
                        m.series() ? meetings.exceptions(m.id()) : Map.of()));
    }
}
