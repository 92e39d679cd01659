package org.statcommons.community;

import java.time.Clock;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.NotFoundException;

/**
 * Sets up a topic group for another feature that decided it should exist (an approved workstream), with its first
 * members. The caller has decided by its own rules (a body's decision), so the policy is not asked here; the group's
 * address, name and description are the caller's, already checked. Safe to call again: a group already at that
 * address is kept and given the people not yet in it.
 */
@Service
public class SetUpTopicGroup {

    private final TopicGroups groups;
    private final TopicGroupMembers members;
    private final Memberships memberships;
    private final Clock clock;

    SetUpTopicGroup(TopicGroups groups, TopicGroupMembers members, Memberships memberships, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * Returns the group at {@code slug}, created now unless it was there; the given people who are current members
     * of the community are put in it (others are left out: only members are in a community's groups).
     */
    @Transactional
    public TopicGroups.TopicGroup setUp(
            Community community,
            String slug,
            String name,
            String description,
            long createdBy,
            Collection<Long> people) {
        TopicGroups.TopicGroup group;
        try {
            group = groups.inCommunity(community, slug);
        } catch (NotFoundException absent) {
            groups.insert(community.id(), slug, name, description, createdBy, clock.instant());
            group = groups.inCommunity(community, slug);
        }
        for (long person : people) {
            if (memberships.current(community.id(), person).isPresent()) {
                members.add(group, person, clock.instant());
            }
        }
        return groups.inCommunity(community, slug);
    }
}
