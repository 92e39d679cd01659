package org.statcommons.platform.activity;

import java.util.HashSet;
import java.util.Set;

/**
 * Who is told of an activity. The feature where it happened knows its followers, mutes, mentions and
 * invitees, so it names the people; notifications delivers, and tells each person only if the policy still
 * lets them see the community (a member who left hears nothing more), never the actor.
 *
 * @param people         these accounts (followers, mentioned, invited, the person decided on)
 * @param wholeCommunity every member of the community as well (a newsletter, a formal meeting)
 */
public record Audience(Set<Long> people, boolean wholeCommunity) {

    public Audience {
        people = people == null ? Set.of() : Set.copyOf(people);
    }

    public static Audience nobody() {
        return new Audience(Set.of(), false);
    }

    public static Audience people(Set<Long> accountIds) {
        return new Audience(accountIds, false);
    }

    public static Audience person(long accountId) {
        return people(Set.of(accountId));
    }

    public static Audience everyMember() {
        return new Audience(Set.of(), true);
    }

    /** These people as well. */
    public Audience and(Set<Long> more) {
        Set<Long> all = new HashSet<>(people);
        all.addAll(more);
        return new Audience(all, wholeCommunity);
    }
}
