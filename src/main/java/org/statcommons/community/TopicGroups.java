package org.statcommons.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * Smaller groups inside a community, by sub-topic, with their own member lists. Facilitators and the
 * secretariat create and edit them and add or remove people; members join and leave on their own.
 */
@Service
public class TopicGroups {

    /** A topic group with how many people are in it. */
    public record TopicGroup(long id, long communityId, String slug, String name, String description, int members) {
    }

    private static final String SELECT = """
            select g.id, g.community_id, g.slug, g.name, g.description,
                   (select count(*) from community.topic_group_members t where t.topic_group_id = g.id) as members
            from community.topic_groups g""";

    private final JdbcClient db;
    private final Permissions permissions;
    private final Memberships memberships;

    TopicGroups(JdbcClient db, Permissions permissions, Memberships memberships) {
        this.db = db;
        this.permissions = permissions;
        this.memberships = memberships;
    }

    /** The community's topic groups, by name. */
    public List<TopicGroup> of(Community community) {
        return db.sql(SELECT + " where g.community_id = ? order by lower(g.name)").param(community.id())
                .query((rs, n) -> map(rs)).list();
    }

    /** The community's topic group at this address, or a "not found" answer. */
    public TopicGroup require(Community community, String slug) {
        return db.sql(SELECT + " where g.community_id = ? and g.slug = ?").params(community.id(), slug)
                .query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("There is no such topic group in this community."));
    }

    /** A topic group by its id, if it belongs to the community. */
    public Optional<TopicGroup> byId(Community community, long id) {
        return db.sql(SELECT + " where g.community_id = ? and g.id = ?").params(community.id(), id)
                .query((rs, n) -> map(rs)).optional();
    }

    List<Long> memberIds(TopicGroup group) {
        return db.sql("select account_id from community.topic_group_members where topic_group_id = ? order by added_at")
                .param(group.id()).query(Long.class).list();
    }

    boolean isMember(TopicGroup group, long accountId) {
        return db.sql("select exists (select 1 from community.topic_group_members where topic_group_id = ? and account_id = ?)")
                .params(group.id(), accountId).query(Boolean.class).single();
    }

    @Transactional
    public TopicGroup create(Actor actor, Community community, String slug, String name, String description) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        TextInput input = new TextInput();
        String groupSlug = CommunitySlug.check(input, slug);
        String groupName = input.line("name", "Name", name, 120, true);
        String text = input.block("description", "Description", description, 5000, false);
        input.throwIfInvalid();
        try {
            db.sql("""
                            insert into community.topic_groups (community_id, slug, name, description, created_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(community.id(), groupSlug, groupName, text, actor.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("slug", "This community already has a topic group at '" + groupSlug + "'.");
        }
        return require(community, groupSlug);
    }

    @Transactional
    public void edit(Actor actor, Community community, TopicGroup group, String name, String description) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        TextInput input = new TextInput();
        String groupName = input.line("name", "Name", name, 120, true);
        String text = input.block("description", "Description", description, 5000, false);
        input.throwIfInvalid();
        db.sql("update community.topic_groups set name = ?, description = ? where id = ?")
                .params(groupName, text, group.id()).update();
    }

    /** A member joins ({@code join} true) or leaves a group on their own. */
    @Transactional
    public void joinOrLeave(Actor actor, Community community, TopicGroup group, boolean join) {
        permissions.require(actor, Action.JOIN_TOPIC_GROUP, community.id());
        if (join) {
            add(community, group, actor.accountId());
        } else {
            remove(group, actor.accountId());
        }
    }

    /** A facilitator adds or removes a community member. */
    @Transactional
    public void addOrRemove(Actor actor, Community community, TopicGroup group, long accountId, boolean add) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        if (add) {
            add(community, group, accountId);
        } else {
            remove(group, accountId);
        }
    }

    private void add(Community community, TopicGroup group, long accountId) {
        Optional<Membership> membership = memberships.find(community.id(), accountId).filter(m -> !m.expired(LocalDate.now()));
        if (membership.isEmpty()) {
            throw new ConflictException("Only members of the community can be in its topic groups.");
        }
        int added = db.sql("""
                        insert into community.topic_group_members (topic_group_id, account_id) values (?, ?)
                        on conflict do nothing""")
                .params(group.id(), accountId).update();
        if (added == 0) {
            throw new ConflictException("Already in this topic group.");
        }
    }

    private void remove(TopicGroup group, long accountId) {
        int removed = db.sql("delete from community.topic_group_members where topic_group_id = ? and account_id = ?")
                .params(group.id(), accountId).update();
        if (removed == 0) {
            throw new ConflictException("Not in this topic group.");
        }
    }

    private static TopicGroup map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TopicGroup(rs.getLong("id"), rs.getLong("community_id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("description"), rs.getInt("members"));
    }
}
