package org.statcommons.community;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is in which topic group. Other features read it (meetings invite a topic group) through {@link #of},
 * {@link #find} and {@link #memberIds}; the caller checks permissions.
 */
@Repository
public class TopicGroupMembers {

    /** A topic group of a community, as other features name it. */
    public record Group(long id, long communityId, String slug, String name) {}

    private final JdbcClient db;
    private final TopicGroups groups;
    private final Clock clock;

    TopicGroupMembers(JdbcClient db, TopicGroups groups, Clock clock) {
        this.db = db;
        this.groups = groups;
        this.clock = clock;
    }

    public List<Group> of(long communityId) {
        return groups.ofCommunity(communityId).stream()
                .map(TopicGroupMembers::group)
                .toList();
    }

    public Optional<Group> find(long communityId, long groupId) {
        return groups.byId(communityId, groupId).map(TopicGroupMembers::group);
    }

    /** The group's members who are still current members of its community (by the clock's date), earliest first. */
    public List<Long> memberIds(long groupId) {
        return db.sql("""
                        select t.account_id from community.topic_group_members t
                        join community.topic_groups g on g.id = t.topic_group_id
                        join community.memberships m on m.community_id = g.community_id and m.account_id = t.account_id
                        where t.topic_group_id = ? and (m.guest_until is null or m.guest_until >= ?)
                        order by t.added_at""")
                .params(groupId, Date.valueOf(LocalDate.now(clock)))
                .query(Long.class)
                .list();
    }

    /** Everyone on the group's list, earliest first. */
    List<Long> accountIds(TopicGroups.TopicGroup group) {
        return db.sql("select account_id from community.topic_group_members where topic_group_id = ? order by added_at")
                .param(group.id())
                .query(Long.class)
                .list();
    }

    boolean isMember(TopicGroups.TopicGroup group, long accountId) {
        return db.sql(
                        "select exists (select 1 from community.topic_group_members where topic_group_id = ? and account_id = ?)")
                .params(group.id(), accountId)
                .query(Boolean.class)
                .single();
    }

    /** Puts the person on the list; false when they are on it already. */
    boolean add(TopicGroups.TopicGroup group, long accountId, Instant at) {
        return db.sql("""
                        insert into community.topic_group_members (topic_group_id, account_id, added_at) values (?, ?, ?)
                        on conflict do nothing""").params(group.id(), accountId, Timestamp.from(at)).update() == 1;
    }

    /** Takes the person off the list; false when they were not on it. */
    boolean remove(TopicGroups.TopicGroup group, long accountId) {
        return db.sql("delete from community.topic_group_members where topic_group_id = ? and account_id = ?")
                        .params(group.id(), accountId)
                        .update()
                == 1;
    }

    private static Group group(TopicGroups.TopicGroup group) {
        return new Group(group.id(), group.communityId(), group.slug(), group.name());
    }
}
