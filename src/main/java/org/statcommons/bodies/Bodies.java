package org.statcommons.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The bodies of communities. Other features ask it for a body and its members ({@link #members}): the accounts that
 * hold a seat or stand in for one.
 */
@Repository
public class Bodies {

    private final JdbcClient db;

    Bodies(JdbcClient db) {
        this.db = db;
    }

    public Optional<Body> byId(long id) {
        return db.sql("select id, community_id, name, description from bodies.bodies where id = ?")
                .param(id)
                .query(Bodies::map)
                .optional();
    }

    /** The body of this community, or "not found" (a body of another community too). */
    public Body inCommunity(Community community, long id) {
        return byId(id).filter(b -> b.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("bodies.none")));
    }

    /** A community's bodies, by name. */
    public List<Body> of(Community community) {
        return db.sql("select id, community_id, name, description from bodies.bodies where community_id = ?"
                        + " order by lower(name)")
                .param(community.id())
                .query(Bodies::map)
                .list();
    }

    /** The accounts of a body's members: every seat's representative and alternate. Empty for no such body. */
    public Set<Long> members(long bodyId) {
        return new TreeSet<>(
                db.sql("""
                        select representative_id from bodies.seats where body_id = ? and representative_id is not null
                        union select alternate_id from bodies.seats where body_id = ? and alternate_id is not null""").params(bodyId, bodyId).query(Long.class).list());
    }

    /** Whether the account is a member of the body (a representative or an alternate) of this community. */
    public boolean seated(long accountId, long communityId, long bodyId) {
        return db.sql("""
                        select exists (select 1 from bodies.seats s join bodies.bodies b on b.id = s.body_id
                            where s.body_id = ? and b.community_id = ? and (s.representative_id = ? or s.alternate_id = ?))""")
                .params(bodyId, communityId, accountId, accountId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The bodies, of any community, where the account holds a seat (a representative or an alternate): the body
     * spaces a person's search may reach, before the policy says which of them they may still read.
     */
    public List<Body> seatedIn(long accountId) {
        return db.sql("""
                        select b.id, b.community_id, b.name, b.description from bodies.bodies b
                        where exists (select 1 from bodies.seats s where s.body_id = b.id
                                        and (s.representative_id = ? or s.alternate_id = ?))
                        order by b.id""").params(accountId, accountId).query(Bodies::map).list();
    }

    /** The bodies of these communities. */
    public List<Body> inCommunities(Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select id, community_id, name, description from bodies.bodies where community_id = any(?)"
                        + " order by id")
                .param(communityIds.toArray(Long[]::new))
                .query(Bodies::map)
                .list();
    }

    /** A body's seats, in the order their organisations were seated. */
    public List<Seat> seats(long bodyId) {
        return db.sql("""
                        select body_id, organisation_id, representative_id, alternate_id from bodies.seats
                        where body_id = ? order by organisation_id""")
                .param(bodyId)
                .query((rs, n) -> new Seat(
                        rs.getLong("body_id"),
                        rs.getLong("organisation_id"),
                        nullable(rs, "representative_id"),
                        nullable(rs, "alternate_id")))
                .list();
    }

    long insert(long communityId, String name, String description, long by, Instant at) {
        return db.sql("""
                        insert into bodies.bodies (community_id, name, description, created_by, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(communityId, name, description, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Seats the organisation, or changes who holds its seat. */
    void seat(long bodyId, long organisationId, Long representativeId, Long alternateId, long by, Instant at) {
        db.sql("""
                        insert into bodies.seats (body_id, organisation_id, representative_id, alternate_id, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (body_id, organisation_id) do update set representative_id = excluded.representative_id,
                            alternate_id = excluded.alternate_id, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(bodyId, organisationId, representativeId, alternateId, by, Timestamp.from(at))
                .update();
    }

    boolean unseat(long bodyId, long organisationId) {
        return db.sql("delete from bodies.seats where body_id = ? and organisation_id = ?")
                        .params(bodyId, organisationId)
                        .update()
                > 0;
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Body map(ResultSet rs, int row) throws SQLException {
        return new Body(
                rs.getLong("id"), rs.getLong("community_id"), rs.getString("name"), rs.getString("description"));
    }
}
