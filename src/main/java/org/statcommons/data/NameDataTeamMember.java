package org.statcommons.data;

import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The secretariat names a member data editor or reviewer of the community, changes their standing, or takes it back
 * ({@code standing} "NONE"). Only a current member can hold it; the standing gives nothing once they leave.
 */
@Service
class NameDataTeamMember {

    private final Permissions permissions;
    private final Memberships memberships;
    private final DataTeamMembers team;
    private final Clock clock;

    NameDataTeamMember(Permissions permissions, Memberships memberships, DataTeamMembers team, Clock clock) {
        this.permissions = permissions;
        this.memberships = memberships;
        this.team = team;
        this.clock = clock;
    }

    @Transactional
    void name(Actor actor, Community community, long accountId, String standing) {
        permissions.require(actor, Action.MANAGE_DATA_TEAM, community.id());
        String typed = standing == null ? "" : standing.strip().toUpperCase(Locale.ROOT);
        if (typed.equals("NONE")) {
            team.remove(community.id(), accountId);
            return;
        }
        if (!typed.equals(Standing.DATA_EDITOR.name()) && !typed.equals(Standing.DATA_REVIEWER.name())) {
            throw new InvalidInputException("standing", Text.of("data.input.choice", typed));
        }
        if (memberships.current(community.id(), accountId).isEmpty()) {
            throw new InvalidInputException("accountId", Text.of("data.team.not-a-member"));
        }
        team.name(community.id(), accountId, Standing.valueOf(typed), actor.accountId(), clock.instant());
    }
}
