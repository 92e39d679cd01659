package org.statcommons.data.requests;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.moderation.PostingLimiter;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Someone signed in asks a community for data: a title and an explanation, limited as every posting is (new accounts,
 * links, speed). The asker supports their own request, so it starts with one supporter.
 */
@Service
class AskForData {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 5_000;

    private final Permissions permissions;
    private final DataRequests requests;
    private final DataRequestSupports supports;
    private final PostingLimiter limits;
    private final Clock clock;

    AskForData(
            Permissions permissions,
            DataRequests requests,
            DataRequestSupports supports,
            PostingLimiter limits,
            Clock clock) {
        this.permissions = permissions;
        this.requests = requests;
        this.supports = supports;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    long ask(Actor actor, Community community, NewDataRequest request) {
        permissions.require(actor, Action.REQUEST_DATA, community.id());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("data-requests.field.title"), request.title(), TITLE_MAX, true);
        String body = input.block("body", Text.of("data-requests.field.body"), request.body(), BODY_MAX, false);
        input.throwIfInvalid();
        limits.check(actor, community.id(), title + "\n" + body);
        Instant now = clock.instant();
        long id = requests.insert(community.id(), title, body == null ? "" : body, actor.accountId(), now);
        supports.add(id, actor.accountId(), now);
        requests.addSupporter(id);
        return id;
    }
}
