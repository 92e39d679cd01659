package org.statcommons.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The topic groups of communities: smaller groups by sub-topic, each with its own member list
 * ({@link TopicGroupMembers}). Other features list them and find one by its address or id.
 */
@Repository
public class TopicGroups {

    /** A topic group with how many people are in it. */
    public record TopicGroup(long id, long communityId, String slug, String name, String description, int members) {}

    private static final String SELECT = """
            select g.id, g.community_id, g.slug, g.name, g.description,
                   (select count(*) from community.topic_group_members t where t.topic_group_id = g.id) as members
            from community.topic_groups g""";

    private final JdbcClient db;

    TopicGroups(JdbcClient db) {
        this.db = db;
    }

    /** The community's topic groups, by name. */
    public List<TopicGroup> of(Community community) {
        return ofCommunity(community.id());
    }

    List<TopicGroup> ofCommunity(long communityId) {
        return db.sql(SELECT + " where g.community_id = ? order by lower(g.name)")
                .param(communityId)
                .query(TopicGroups::map)
                .list();
    }

    /** The community's topic group at this address, or "not found". */
    public TopicGroup inCommunity(Community community, String slug) {
        return db.sql(SELECT + " where g.community_id = ? and g.slug = ?")
                .params(community.id(), slug)
                .query(TopicGroups::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("community.topic.not-found")));
    }

    /** A topic group by its id, if it belongs to the community. */
    public Optional<TopicGroup> byId(Community community, long id) {
        return byId(community.id(), id);
    }

    Optional<TopicGroup> byId(long communityId, long id) {
        return db.sql(SELECT + " where g.community_id = ? and g.id = ?")
                .params(communityId, id)
                .query(TopicGroups::map)
                .optional();
    }

    /** Adds a group (its address must be free in the community: a unique key says so otherwise). */
    void insert(long communityId, String slug, String name, String description, long createdBy, Instant at) {
        db.sql("""
                        insert into community.topic_groups (community_id, slug, name, description, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(communityId, slug, name, description, createdBy, Timestamp.from(at))
                .update();
    }

    void update(long id, String name, String description) {
        db.sql("update community.topic_groups set name = ?, description = ? where id = ?")
                .params(name, description, id)
                .update();
    }

    private static TopicGroup map(ResultSet rs, int row) throws SQLException {
        return new TopicGroup(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("members"));
    }
}
