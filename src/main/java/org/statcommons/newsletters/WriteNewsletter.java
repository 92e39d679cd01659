package org.statcommons.newsletters;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Writes a new newsletter, saved as a draft: nothing is sent until someone sends it. */
@Service
class WriteNewsletter {

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final Clock clock;

    WriteNewsletter(Permissions permissions, Newsletters newsletters, Clock clock) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.clock = clock;
    }

    /** Returns the draft's id. */
    @Transactional
    long write(Actor actor, Community community, NewsletterDraft draft) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        return newsletters.insert(community.id(), draft.checked(), actor.accountId(), clock.instant());
    }
}
