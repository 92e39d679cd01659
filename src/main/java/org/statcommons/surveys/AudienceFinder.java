package org.statcommons.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Whom a wave is sent to, now: the community's members, a topic group's or a body's, or, for a platform-wide survey,
 * everyone on the platform or the members of the communities chosen, read from the features that own them, and only
 * those the policy lets answer in the community they are asked through (someone who left or is suspended there gets
 * no invitation; everyone on the platform means every active account). A public-link wave has no one to invite.
 */
@Component
class AudienceFinder {

    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;
    private final Accounts accounts;
    private final Permissions permissions;
    private final WaveCommunities waveCommunities;

    AudienceFinder(
            Memberships memberships,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Accounts accounts,
            Permissions permissions,
            WaveCommunities waveCommunities) {
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
        this.accounts = accounts;
        this.permissions = permissions;
        this.waveCommunities = waveCommunities;
    }

    List<Account> of(SurveyOwner owner, Wave wave) {
        if (!wave.audienceKind().fits(owner)) {
            return List.of();
        }
        // the people asked, by the community they are asked through (null: the platform itself)
        Map<Long, List<Account>> asked = new LinkedHashMap<>();
        switch (wave.audienceKind()) {
            case COMMUNITY ->
                asked.put(owner.communityId(), accounts.byIds(memberships.accountIds(owner.communityId())));
            case TOPIC_GROUP -> {
                if (wave.audienceId() != null
                        && topicGroups
                                .find(owner.communityId(), wave.audienceId())
                                .isPresent()) {
                    asked.put(owner.communityId(), accounts.byIds(topicGroups.memberIds(wave.audienceId())));
                }
            }
            case BODY -> {
                Body body = wave.audienceId() == null
                        ? null
                        : bodies.byId(wave.audienceId())
                                .filter(b -> owner.platformWide() || b.communityId() == owner.communityId())
                                .orElse(null);
                if (body != null) {
                    asked.put(body.communityId(), accounts.byIds(bodies.members(body.id())));
                }
            }
            case COMMUNITIES ->
                waveCommunities.of(wave.id()).forEach(c -> asked.put(c, accounts.byIds(memberships.accountIds(c))));
            case PLATFORM -> asked.put(null, accounts.active());
            case PUBLIC_LINK -> throw new ConflictException(Text.of("surveys.distribution.public-only"));
        }
        Map<Long, Account> found = new LinkedHashMap<>();
        asked.forEach((communityId, listed) -> {
            List<Account> people = listed.stream().filter(Account::active).toList();
            Set<Long> allowed = communityId == null
                    ? null
                    : permissions.whoMay(
                            people.stream().map(Account::actor).toList(), Action.ANSWER_SURVEYS, communityId);
            people.stream()
                    .filter(a -> allowed == null || allowed.contains(a.id()))
                    .forEach(a -> found.putIfAbsent(a.id(), a));
        });
        return new ArrayList<>(found.values());
    }
}
