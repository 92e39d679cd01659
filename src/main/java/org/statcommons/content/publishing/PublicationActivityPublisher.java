package org.statcommons.content.publishing;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/** A page published, told as an activity in the publishing transaction: for the community's public stream, nobody is notified. */
@Component
public class PublicationActivityPublisher {

    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationActivityPublisher(Communities communities, ApplicationEventPublisher events, Clock clock) {
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    public void pagePublished(long communityId, String path, String title, String publisherName) {
        Community community = communities.byId(communityId).orElseThrow();
        events.publishEvent(Activity.of(ActivityKind.PAGE_PUBLISHED, communityId, clock.instant())
                .by(null, publisherName)
                .title(Text.of("content.activity.published", publisherName, title))
                .link(PageAddress.published(community.slug(), path))
                .visibleTo(Visibility.PUBLIC)
                .about(new Subject("page", communityId + "/" + path))
                .build());
    }
}
