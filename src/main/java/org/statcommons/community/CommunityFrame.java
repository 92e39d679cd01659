package org.statcommons.community;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * What every screen inside a community shows around its content ({@code community/frame :: tabs}): the
 * community, the tabs the viewer may use, the viewer's standing (suspension) and, for members, the request to
 * accept a changed code of conduct. Handlers get it by taking a {@link Permitted} community; the model
 * attributes are {@code community}, {@code viewer} and {@code tab}. The viewer's standing is read only if the
 * screen shows it, so a form that answers with a redirect costs nothing.
 */
@Component
public class CommunityFrame {

    private final Permissions permissions;
    private final MembershipFacts facts;
    private final MembershipRequests requests;
    private final CommunityNavigation navigation;

    CommunityFrame(
            Permissions permissions,
            MembershipFacts facts,
            MembershipRequests requests,
            CommunityNavigation navigation) {
        this.permissions = permissions;
        this.facts = facts;
        this.requests = requests;
        this.navigation = navigation;
    }

    /** Puts the frame of this community, for this viewer, with this tab current (or none), into a screen's model. */
    void addTo(Map<String, Object> model, Actor actor, Community community, String tab) {
        model.put("community", community);
        model.put("viewer", new Viewer(actor, community, permissions, facts, requests, navigation, tab));
        model.put("tab", tab);
    }
}
