package org.statcommons.activity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Visibility;

/**
 * One page of a community's stream as one reader may see it, for the screen and the API: those who may see the
 * members' area get the members' lines too, everyone else the public ones. The Atom feed gets the public ones.
 */
@Component
class ActivityPresenter {

    static final int PAGE_SIZE = 50;

    /** A page of lines, and the cursor for the next (older) page when there is one. */
    record StreamView(List<ActivityLine> lines, Long older, boolean membersPart) {}

    private final ActivityLines lines;
    private final Permissions permissions;

    ActivityPresenter(ActivityLines lines, Permissions permissions) {
        this.lines = lines;
        this.permissions = permissions;
    }

    /** The caller's community is one whose landing page the reader may see. */
    StreamView present(Actor actor, Community community, KindFilter filter, Long before) {
        boolean members = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        Set<Visibility> visible =
                members ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS) : EnumSet.of(Visibility.PUBLIC);
        // one more than shown tells whether an older page exists
        List<ActivityLine> found = lines.page(community.id(), visible, filter.asked(), before, PAGE_SIZE + 1);
        List<ActivityLine> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        Long older = found.size() > PAGE_SIZE ? shown.get(shown.size() - 1).id() : null;
        return new StreamView(shown, older, members);
    }

    /** The public part only, newest first: what the Atom feed carries, the same for everyone. */
    List<ActivityLine> publicLines(Community community, int size) {
        return lines.page(community.id(), EnumSet.of(Visibility.PUBLIC), EnumSet.allOf(ActivityKind.class), null, size);
    }
}
