package org.statcommons.meetings;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
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
    private final CommunityFrame frames;

    MeetingSite(Communities communities, Permissions permissions, Meetings meetings, CommunityFrame frames) {
        this.communities = communities;
        this.permissions = permissions;
        this.meetings = meetings;
        this.frames = frames;
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

    /** The community with its frame (tabs) for a meetings page. */
    Community open(String slug, Actor actor, Action action, Model model) {
        return frames.open(slug, actor, action, model, "meetings");
    }

    boolean may(Actor actor, Action action, Community community) {
        return permissions.may(actor, action, community.id());
    }
}
