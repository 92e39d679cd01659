package org.statcommons.community;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * What every page inside a community shows around its content: the community, the tabs the viewer may use
 * and, for members, the request to accept a changed code of conduct. Other features' pages inside a
 * community (discussions, meetings) open through it too, so their pages carry the same tabs
 * ({@code community/frame :: tabs}).
 */
@Component
public class CommunityPages {

    private final Communities communities;
    private final Permissions permissions;
    private final Memberships memberships;
    private final MembershipRequests requests;
    private final CodesOfConduct conduct;

    CommunityPages(Communities communities, Permissions permissions, Memberships memberships,
                   MembershipRequests requests, CodesOfConduct conduct) {
        this.communities = communities;
        this.permissions = permissions;
        this.memberships = memberships;
        this.requests = requests;
        this.conduct = conduct;
    }

    /**
     * Loads the community, checks {@code action} and fills the model for the page frame
     * ({@code community/frame :: tabs}); other features' pages inside a community use it too.
     */
    public Community open(String slug, Actor actor, Action action, Model model, String tab) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        model.addAttribute("community", community);
        model.addAttribute("viewer", Viewer.of(actor, community, permissions, memberships, requests, conduct));
        model.addAttribute("tab", tab);
        return community;
    }
}
