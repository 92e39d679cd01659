package org.statcommons.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/**
 * Writes calendars to subscribe to or download. A person's private feed lists the meetings of every community in
 * which they may see meetings, decided by the policy at each request, so that leaving a community or being
 * suspended from the platform empties the feed at once.
 */
@Component
class CalendarFeedWriter {

    /** How far back the feed reaches: recent meetings stay visible in calendars for a while. */
    private static final Duration HISTORY = Duration.ofDays(90);

    private final Accounts accounts;
    private final Permissions permissions;
    private final Meetings meetings;
    private final Communities communities;
    private final MeetingMailer mail;
    private final Clock clock;

    CalendarFeedWriter(
            Accounts accounts,
            Permissions permissions,
            Meetings meetings,
            Communities communities,
            MeetingMailer mail,
            Clock clock) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.meetings = meetings;
        this.communities = communities;
        this.mail = mail;
        this.clock = clock;
    }

    /** The private feed of this person: the meetings of every community in which they may see meetings now. */
    String feed(Account reader) {
        Set<Long> visible = permissions.communitiesWhere(reader.actor(), Action.VIEW_MEETINGS);
        List<Meeting> scheduled = meetings.scheduledIn(visible, clock.instant().minus(HISTORY));
        // calendar programs fetch this often: organisers and exceptions are read once for all meetings, not per meeting
        Map<Long, Account> organisers =
                accounts
                        .byIds(scheduled.stream()
                                .map(Meeting::organiserId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Account::id, Function.identity()));
        Map<Long, Map<Instant, Instant>> exceptions =
                meetings.exceptions(scheduled.stream().map(Meeting::id).toList());
        Map<Long, Optional<Community>> byId = new HashMap<>();
        List<MeetingCalendar.Details> all = new ArrayList<>();
        for (Meeting meeting : scheduled) {
            Optional<Community> community = byId.computeIfAbsent(meeting.communityId(), communities::byId);
            if (community.isPresent()) {
                all.add(mail.calendarDetails(
                        community.get(),
                        meeting,
                        Optional.ofNullable(organisers.get(meeting.organiserId())),
                        exceptions.getOrDefault(meeting.id(), Map.of())));
            }
        }
        return MeetingCalendar.publish(all);
    }

    /** One meeting as a calendar file to download. */
    String single(Community community, Meeting meeting) {
        return MeetingCalendar.publish(List.of(mail.calendarDetails(
                community, meeting, accounts.byId(meeting.organiserId()), meetings.exceptions(meeting.id()))));
    }
}
