package org.statcommons.newsletters;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** Changes a draft; a sent newsletter is not changed. */
@Service
class EditNewsletter {

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final Clock clock;

    EditNewsletter(Permissions permissions, Newsletters newsletters, Clock clock) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.clock = clock;
    }

    @Transactional
    void edit(Actor actor, Community community, long id, NewsletterDraft draft) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        NewsletterDraft checked = draft.checked();
        Newsletter newsletter = newsletters.lockInCommunity(community, id);
        if (newsletter.sent()
                || !newsletters.updateDraft(community.id(), id, checked, actor.accountId(), clock.instant())) {
            throw new ConflictException(Text.of("newsletters.sent-unchangeable"));
        }
    }
}
