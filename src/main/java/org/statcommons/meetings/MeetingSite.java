package org.statcommons.meetings;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * What meeting pages and the API look up first: the community, the policy's answer (asked before the
 * meeting is looked up, so a refusal never tells what exists), then the meeting, which must belong to it.
 */
@Component
class MeetingSite {

    private final Communities communities;
    private final Permissions permissions;
    private final Meetings meetings;

    MeetingSite(Communities communities, Permissions permissions, Meetings meetings) {
        this.communities = communities;
        this.permissions = permissions;
        this.meetings = meetings;
    }

    Community community(String slug, Actor actor, Action action) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        return community;
    }

    Meeting meeting(Community community, long id) {
        return meetings.find(id).filter(m -> m.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such meeting in this community."));
    }

    /** The community's frame (tabs) for a meetings page. */
    Community open(String slug, Actor actor, Action action, Model model) {
        Community community = community(slug, actor, action);
        model.addAttribute("community", community);
        model.addAttribute("tab", "meetings");
        model.addAttribute("viewer", new Viewer(permissions.allowedIn(actor, community.id())));
        return community;
    }

    /** What the community's tabs ask of the person looking. */
    record Viewer(Set<Action> allowed) {
        public boolean may(String action) {
            return allowed.contains(Action.valueOf(action));
        }

        /** Meeting pages do not repeat the code-of-conduct reminder: the community's own pages ask for it. */
        public boolean conductOutdated() {
            return false;
        }
    }
}
