package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.CommunityFacts;
import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.NotFoundException;

/** The communities table. Other features find communities through this class. */
@Repository
public class Communities {

    private static final String COLUMNS =
            "id, slug, name, purpose, description, join_policy, created_at, members_edit_directly";

    private final JdbcClient db;
    private final Clock clock;

    Communities(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Community> bySlug(String slug) {
        if (slug == null || slug.length() > 60) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + " from community.communities where slug = ?")
                .param(slug)
                .query(Communities::map)
                .optional();
    }

    /** The community or a "not found" answer naming the address that was asked for. */
    public Community require(String slug) {
        return bySlug(slug).orElseThrow(() -> new NotFoundException("There is no community at this address."));
    }

    public Optional<Community> byId(long id) {
        return db.sql("select " + COLUMNS + " from community.communities where id = ?")
                .param(id)
                .query(Communities::map)
                .optional();
    }

    /** Every community with its member count (expired guests left out, by the clock's date), by name. */
    public List<Listed> all() {
        return db.sql("""
                        select c.id, c.slug, c.name, c.purpose, c.description, c.join_policy, c.created_at, c.members_edit_directly,
                               (select count(*) from community.memberships m where m.community_id = c.id
                                and (m.guest_until is null or m.guest_until >= :today)) as members
                        from community.communities c order by lower(c.name)""")
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, n) -> new Listed(map(rs, n), rs.getInt("members")))
                .list();
    }

    /** A community in the list, with how many people are in it. */
    public record Listed(Community community, int members) {}

    boolean slugTaken(String slug) {
        return db.sql("select exists (select 1 from community.communities where slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    long insert(NewCommunity community, long createdBy, Instant at) {
        return db.sql("""
                        insert into community.communities (slug, name, purpose, description, join_policy, created_by,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        community.slug(),
                        community.name(),
                        community.purpose(),
                        community.description(),
                        community.joinPolicy().name(),
                        createdBy,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, CommunityChange change, Instant at) {
        db.sql("""
                        update community.communities set name = ?, purpose = ?, description = ?, join_policy = ?,
                            members_edit_directly = ?, updated_at = ? where id = ?""")
                .params(
                        change.name(),
                        change.purpose(),
                        change.description(),
                        change.joinPolicy().name(),
                        change.membersEditDirectly(),
                        Timestamp.from(at),
                        id)
                .update();
    }

    /** Locks the community row so that concurrent membership changes are applied one after another. */
    void lock(long id) {
        db.sql("select id from community.communities where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /** What the policy needs to know of a community, when there is one. */
    Optional<CommunityFacts.CommunitySettings> settings(long id) {
        return db.sql("select id, join_policy, members_edit_directly from community.communities where id = ?")
                .param(id)
                .query((rs, n) -> settings(rs))
                .optional();
    }

    /** The settings of those of these communities that exist. */
    List<CommunityFacts.CommunitySettings> settings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select id, join_policy, members_edit_directly from community.communities where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> settings(rs))
                .list();
    }

    /** Whether any community exists yet. */
    boolean any() {
        return db.sql("select exists (select 1 from community.communities)")
                .query(Boolean.class)
                .single();
    }

    List<Long> ids() {
        return db.sql("select id from community.communities order by id")
                .query(Long.class)
                .list();
    }

    private static CommunityFacts.CommunitySettings settings(ResultSet rs) throws SQLException {
        return new CommunityFacts.CommunitySettings(
                rs.getLong("id"),
                JoinPolicy.valueOf(rs.getString("join_policy")),
                rs.getBoolean("members_edit_directly"));
    }

    private static Community map(ResultSet rs, int row) throws SQLException {
        return new Community(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getString("description"),
                JoinPolicy.valueOf(rs.getString("join_policy")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("members_edit_directly"));
    }
}
