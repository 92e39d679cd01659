package org.statcommons.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Whom a wave is sent to, now: the community's members, a topic group's or a body's, read from the features that own
 * them, and only those the policy lets answer (someone who left or is suspended gets no invitation). A public-link
 * wave has no one to invite.
 */
@Component
class AudienceFinder {

    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;
    private final Accounts accounts;
    private final Permissions permissions;

    AudienceFinder(
            Memberships memberships,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Accounts accounts,
            Permissions permissions) {
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    List<Account> of(Community community, Wave wave) {
        Collection<Long> ids = switch (wave.audienceKind()) {
            case COMMUNITY -> memberships.accountIds(community.id());
            case TOPIC_GROUP ->
                wave.audienceId() == null
                                || topicGroups
                                        .find(community.id(), wave.audienceId())
                                        .isEmpty()
                        ? List.of()
                        : topicGroups.memberIds(wave.audienceId());
            case BODY ->
                wave.audienceId() == null
                                || bodies.byId(wave.audienceId())
                                        .filter(b -> b.communityId() == community.id())
                                        .isEmpty()
                        ? List.of()
                        : bodies.members(wave.audienceId());
            case PUBLIC_LINK -> throw new ConflictException(Text.of("surveys.distribution.public-only"));
        };
        List<Account> found = accounts.byIds(ids);
        Set<Long> allowed =
                permissions.whoMay(found.stream().map(Account::actor).toList(), Action.ANSWER_SURVEYS, community.id());
        return found.stream()
                .filter(a -> a.active() && allowed.contains(a.id()))
                .toList();
    }
}
