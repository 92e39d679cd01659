package org.statcommons.leadership;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Tells people of an election or a term through the notifications, as decisions' reminders do: a personal activity
 * naming them, published in the transaction of the change and delivered after it commits (in the app, by e-mail at
 * once or in the digest as each chose).
 */
@Component
class ElectionNotices {

    private final ApplicationEventPublisher events;

    ElectionNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    void tell(
            ActivityKind kind,
            Community community,
            Instant at,
            Text title,
            String link,
            Subject about,
            Subject item,
            Set<Long> people) {
        if (people.isEmpty()) {
            return;
        }
        events.publishEvent(Activity.of(kind, community.id(), at)
                .title(title)
                .link(link)
                .visibleTo(Visibility.PERSONAL)
                .about(about)
                .item(item)
                .tell(Audience.people(people))
                .build());
    }
}
