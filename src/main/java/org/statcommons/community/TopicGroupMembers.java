package org.statcommons.community;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Topic groups as other features see them: which groups a community has and who is in one (meetings invite
 * a topic group). The caller checks permissions; this only reads.
 */
@Component
public class TopicGroupMembers {

    /** A topic group of a community. */
    public record Group(long id, long communityId, String slug, String name) {
    }

    private final JdbcClient db;

    TopicGroupMembers(JdbcClient db) {
        this.db = db;
    }

    public List<Group> of(long communityId) {
        return db.sql("select id, community_id, slug, name from community.topic_groups where community_id = ? order by lower(name)")
                .param(communityId).query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Group> find(long communityId, long groupId) {
        return db.sql("select id, community_id, slug, name from community.topic_groups where community_id = ? and id = ?")
                .params(communityId, groupId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
    }

    /** The group's members who are still current members of its community. */
    public List<Long> memberIds(long groupId) {
        return db.sql("""
                        select t.account_id from community.topic_group_members t
                        join community.topic_groups g on g.id = t.topic_group_id
                        join community.memberships m on m.community_id = g.community_id and m.account_id = t.account_id
                        where t.topic_group_id = ? and (m.guest_until is null or m.guest_until >= current_date)
                        order by t.added_at""")
                .param(groupId).query(Long.class).list();
    }
}
