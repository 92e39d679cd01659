package org.statcommons.data;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;

/**
 * Asks the one policy about the data actions, with the standing the actor holds in the community's data team (a data
 * editor or reviewer), which only this feature knows.
 */
@Component
public class DataTeamChecker {

    private final Permissions permissions;
    private final DataTeamMembers team;

    DataTeamChecker(Permissions permissions, DataTeamMembers team) {
        this.permissions = permissions;
        this.team = team;
    }

    public boolean may(Actor actor, Action action, long communityId) {
        if (permissions.may(actor, action, communityId)) {
            return true;
        }
        Optional<Standing> standing =
                actor.signedIn() ? team.standingOf(communityId, actor.accountId()) : Optional.empty();
        return standing.isPresent() && permissions.may(actor, action, communityId, standing.get(), true);
    }

    public void require(Actor actor, Action action, long communityId) {
        if (!may(actor, action, communityId)) {
            permissions.require(actor, action, communityId);
        }
    }
}
