package org.statcommons.newsletters;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/** A community's public newsletter subscribers over JSON, for those who send newsletters. */
@RestController
class SubscriberApi {

    record SubscriberJson(
            String email,
            String status,
            Instant createdAt,
            Instant confirmedAt,
            Instant bouncedAt,
            String bounceReason) {}

    private final Subscribers subscribers;

    SubscriberApi(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping("/api/v1/communities/{slug}/newsletter-subscribers")
    List<SubscriberJson> subscribers(@Permitted(Action.SEND_NEWSLETTER) Community community) {
        return subscribers.all(community.id()).stream()
                .map(s -> new SubscriberJson(
                        s.email(), s.status(), s.createdAt(), s.confirmedAt(), s.bouncedAt(), s.bounceReason()))
                .toList();
    }
}
