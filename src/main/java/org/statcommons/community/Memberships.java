package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.CommunityRole;

/** The memberships table: who is in which community, in which role. */
@Repository
public class Memberships {

    private static final String COLUMNS =
            "community_id, account_id, role, focal_point_country, guest_until, conduct_version, joined_at";

    private final JdbcClient db;

    Memberships(JdbcClient db) {
        this.db = db;
    }

    /** The membership row, including an expired guest's. */
    public Optional<Membership> find(long communityId, long accountId) {
        return db.sql("select " + COLUMNS + " from community.memberships where community_id = ? and account_id = ?")
                .params(communityId, accountId).query(Memberships::map).optional();
    }

    /** Current members (expired guests left out). */
    public List<Membership> of(long communityId) {
        return db.sql("select " + COLUMNS + """
                         from community.memberships
                        where community_id = ? and (guest_until is null or guest_until >= current_date)""")
                .param(communityId).query(Memberships::map).list();
    }

    /** The accounts of the current members (an expired guest is not one): for telling a whole community. */
    public List<Long> accountIds(long communityId) {
        return db.sql("""
                        select account_id from community.memberships
                        where community_id = ? and (guest_until is null or guest_until >= current_date)""")
                .param(communityId).query(Long.class).list();
    }

    /** The accounts of the current members who joined (or joined again) at or after {@code since}. */
    List<Long> accountIdsJoinedSince(long communityId, Instant since) {
        return db.sql("""
                        select account_id from community.memberships
                        where community_id = ? and joined_at >= ? and (guest_until is null or guest_until >= current_date)""")
                .params(communityId, Timestamp.from(since)).query(Long.class).list();
    }

    /** Current members who run the community or represent a country: the few a landing page names. */
    List<Membership> notable(long communityId, Collection<CommunityRole> running) {
        return db.sql("select " + COLUMNS + """
                         from community.memberships
                        where community_id = ? and (guest_until is null or guest_until >= current_date)
                          and (role = any(?) or focal_point_country is not null)""")
                .params(communityId, running.stream().map(Enum::name).toArray(String[]::new))
                .query(Memberships::map).list();
    }

    /** The communities an account currently belongs to. */
    public List<Membership> ofAccount(long accountId) {
        return db.sql("select " + COLUMNS + """
                         from community.memberships
                        where account_id = ? and (guest_until is null or guest_until >= current_date)""")
                .param(accountId).query(Memberships::map).list();
    }

    int countWithRole(long communityId, CommunityRole role) {
        return db.sql("select count(*) from community.memberships where community_id = ? and role = ?")
                .params(communityId, role.name()).query(Integer.class).single();
    }

    Optional<Membership> focalPoint(long communityId, String country) {
        return db.sql("select " + COLUMNS + " from community.memberships where community_id = ? and focal_point_country = ?")
                .params(communityId, country).query(Memberships::map).optional();
    }

    /** Adds a member, or renews an expired guest's row with the new role. */
    void upsert(long communityId, long accountId, CommunityRole role, LocalDate guestUntil, int conductVersion) {
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, guest_until, conduct_version,
                            conduct_accepted_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (community_id, account_id) do update set role = excluded.role,
                            guest_until = excluded.guest_until, conduct_version = excluded.conduct_version,
                            conduct_accepted_at = now(), focal_point_country = null, joined_at = now()""")
                .params(communityId, accountId, role.name(), date(guestUntil), conductVersion).update();
    }

    void changeRole(long communityId, long accountId, CommunityRole role, LocalDate guestUntil) {
        // a guest cannot be a focal point: the role ends and the country is not represented by them
        db.sql("""
                        update community.memberships set role = ?, guest_until = ?,
                            focal_point_country = case when ? = 'GUEST' then null else focal_point_country end
                        where community_id = ? and account_id = ?""")
                .params(role.name(), date(guestUntil), role.name(), communityId, accountId).update();
    }

    void setFocalPoint(long communityId, long accountId, String country) {
        db.sql("update community.memberships set focal_point_country = ? where community_id = ? and account_id = ?")
                .params(country, communityId, accountId).update();
    }

    void acceptConduct(long communityId, long accountId, int version) {
        db.sql("""
                        update community.memberships set conduct_version = ?, conduct_accepted_at = now()
                        where community_id = ? and account_id = ?""")
                .params(version, communityId, accountId).update();
    }

    /** Ends a membership, and with it the person's places in the community's topic groups. */
    void delete(long communityId, long accountId) {
        db.sql("""
                        delete from community.topic_group_members where account_id = ? and topic_group_id in
                            (select id from community.topic_groups where community_id = ?)""")
                .params(accountId, communityId).update();
        db.sql("delete from community.memberships where community_id = ? and account_id = ?")
                .params(communityId, accountId).update();
    }

    /** A member's suspension in force: until when, and why. */
    public record Suspension(java.time.Instant until, String reason) {
    }

    /** The suspension in force for this member, if any. */
    public Optional<Suspension> suspension(long communityId, long accountId) {
        return db.sql("""
                        select suspended_until, coalesce(suspension_reason, '') from community.memberships
                        where community_id = ? and account_id = ? and suspended_until > now()""")
                .params(communityId, accountId)
                .query((rs, n) -> new Suspension(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    /** Suspends a member until {@code until}, or (null) ends the suspension. */
    void suspend(long communityId, long accountId, java.time.Instant until, String reason) {
        db.sql("""
                        update community.memberships set suspended_until = ?, suspension_reason = ?
                        where community_id = ? and account_id = ?""")
                .params(until == null ? null : java.sql.Timestamp.from(until), until == null ? null : reason, communityId, accountId)
                .update();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Membership map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("guest_until");
        return new Membership(rs.getLong("community_id"), rs.getLong("account_id"),
                CommunityRole.valueOf(rs.getString("role")), rs.getString("focal_point_country"),
                until == null ? null : until.toLocalDate(), rs.getInt("conduct_version"),
                rs.getTimestamp("joined_at").toInstant());
    }
}
