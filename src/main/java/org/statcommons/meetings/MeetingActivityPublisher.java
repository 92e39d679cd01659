package org.statcommons.meetings;

import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Publishes what happened to a meeting, for the activity stream and notifications. The audience is the invitees;
 * meetings e-mails them itself (the poll with answer links, the invitation with its calendar), so
 * notifications shows these in the app only.
 */
@Component
class MeetingActivityPublisher {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingActivityPublisher(ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param title the title's key and arguments, times marked and the typed ones (the meeting's title, a name)
     *              passed through {@code TimePresenter.literal}
     */
    void publish(
            Community community, Meeting meeting, ActivityKind kind, Account actor, Text title, Set<Long> invitees) {
        String excerpt = meeting.kind().label() + ", " + meeting.durationMinutes() + " minutes"
                + (meeting.where().isEmpty() ? "" : ", " + meeting.where());
        events.publishEvent(Activity.of(kind, community.id(), clock.instant())
                .by(actor.id(), actor.displayName())
                .titleWithTimes(title)
                .excerpt(excerpt)
                .link(MeetingAddress.meeting(community.slug(), meeting.id()))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("meeting", meeting.id()))
                .tell(Audience.people(invitees))
                .mailedByFeature()
                .build());
    }
}
