package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.CommunityFacts;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The memberships table: who is in which community, in which role. "Current" (a guest whose last day has not
 * passed, a suspension still running) is decided by the application's clock, not the database's, so that a
 * moved clock moves every answer alike.
 */
@Repository
public class Memberships {

    private static final String COLUMNS =
            "community_id, account_id, role, focal_point_country, guest_until, conduct_version, joined_at";
    /** A guest's invitation ends after its last day; {@code :today} is the clock's date. */
    private static final String CURRENT = "(guest_until is null or guest_until >= :today)";
    /** A member's role and whether a suspension runs at {@code :now}, for the policy. */
    private static final String STANDING = """
            select community_id, account_id, role, coalesce(suspended_until > :now, false) as suspended
            from community.memberships""";

    private final JdbcClient db;
    private final Clock clock;

    Memberships(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The membership row, including an expired guest's. */
    public Optional<Membership> find(long communityId, long accountId) {
        return db.sql("select " + COLUMNS + " from community.memberships where community_id = ? and account_id = ?")
                .params(communityId, accountId)
                .query(Memberships::map)
                .optional();
    }

    /** The membership of a current member (an expired guest is not one). */
    public Optional<Membership> current(long communityId, long accountId) {
        return find(communityId, accountId).filter(m -> !m.expired(today()));
    }

    /** The person's membership row in the community (an expired guest's too), or "not found". */
    Membership inCommunity(Community community, long accountId) {
        return find(community.id(), accountId).orElseThrow(Memberships::notAMember);
    }

    /** A current member's membership, or "not found". */
    Membership currentIn(Community community, long accountId) {
        return current(community.id(), accountId).orElseThrow(Memberships::notAMember);
    }

    private static NotFoundException notAMember() {
        return new NotFoundException(Text.of("community.not-member"));
    }

    /** Current members (expired guests left out). */
    public List<Membership> of(long communityId) {
        return db.sql("select " + COLUMNS + " from community.memberships where community_id = :community and "
                        + CURRENT)
                .param("community", communityId)
                .param("today", date(today()))
                .query(Memberships::map)
                .list();
    }

    /** The accounts of the current members (an expired guest is not one): for telling a whole community. */
    public List<Long> accountIds(long communityId) {
        return db.sql("select account_id from community.memberships where community_id = :community and " + CURRENT)
                .param("community", communityId)
                .param("today", date(today()))
                .query(Long.class)
                .list();
    }

    /** The accounts of the current members who joined (or joined again) at or after {@code since}. */
    List<Long> accountIdsJoinedSince(long communityId, Instant since) {
        return db.sql("""
                        select account_id from community.memberships
                        where community_id = :community and joined_at >= :since and""" + " " + CURRENT)
                .param("community", communityId)
                .param("since", Timestamp.from(since))
                .param("today", date(today()))
                .query(Long.class)
                .list();
    }

    /** Current members who run the community or represent a country: the few a landing page names. */
    List<Membership> notable(long communityId, Collection<CommunityRole> running) {
        return db.sql("select " + COLUMNS + " from community.memberships where community_id = :community and " + CURRENT
                        + " and (role = any(:running) or focal_point_country is not null)")
                .param("community", communityId)
                .param("today", date(today()))
                .param("running", running.stream().map(Enum::name).toArray(String[]::new))
                .query(Memberships::map)
                .list();
    }

    /** The communities an account currently belongs to. */
    public List<Membership> ofAccount(long accountId) {
        return db.sql("select " + COLUMNS + " from community.memberships where account_id = :account and " + CURRENT)
                .param("account", accountId)
                .param("today", date(today()))
                .query(Memberships::map)
                .list();
    }

    /** Whether this member is the community's only secretariat member: the one who may not go. */
    boolean lastSecretariat(Membership membership) {
        return membership.role() == CommunityRole.SECRETARIAT
                && db.sql("select count(*) from community.memberships where community_id = ? and role = ?")
                                .params(membership.communityId(), CommunityRole.SECRETARIAT.name())
                                .query(Integer.class)
                                .single()
                        <= 1;
    }

    Optional<Membership> focalPoint(long communityId, String country) {
        return db.sql("select " + COLUMNS
                        + " from community.memberships where community_id = ? and focal_point_country = ?")
                .params(communityId, country)
                .query(Memberships::map)
                .optional();
    }

    /** The current role and suspension of one account in one community, for the policy. */
    Optional<CommunityFacts.Standing> standing(long communityId, long accountId) {
        return db.sql(STANDING + " where community_id = :community and account_id = :account and " + CURRENT)
                .param("community", communityId)
                .param("account", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .param("today", date(today()))
                .query((rs, n) -> standing(rs))
                .optional();
    }

    /** The current standing of each of these accounts in one community (non-members left out). */
    Map<Long, CommunityFacts.Standing> standingsIn(long communityId, Collection<Long> accountIds) {
        Map<Long, CommunityFacts.Standing> standings = new HashMap<>();
        if (accountIds.isEmpty()) {
            return standings;
        }
        db.sql(STANDING + " where community_id = :community and account_id = any(:accounts) and " + CURRENT)
                .param("community", communityId)
                .param("accounts", accountIds.toArray(Long[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .param("today", date(today()))
                .query(rs -> {
                    standings.put(rs.getLong("account_id"), standing(rs));
                });
        return standings;
    }

    /** The current standing of one account in each of its communities. */
    Map<Long, CommunityFacts.Standing> standingsOf(long accountId) {
        Map<Long, CommunityFacts.Standing> standings = new HashMap<>();
        db.sql(STANDING + " where account_id = :account and " + CURRENT)
                .param("account", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .param("today", date(today()))
                .query(rs -> {
                    standings.put(rs.getLong("community_id"), standing(rs));
                });
        return standings;
    }

    /** Adds a member who accepted this version of the code of conduct, or renews an expired guest's row. */
    void upsert(
            long communityId,
            long accountId,
            CommunityRole role,
            LocalDate guestUntil,
            int conductVersion,
            Instant at) {
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, guest_until, conduct_version,
                            conduct_accepted_at, joined_at)
                        values (:community, :account, :role, :until, :version, :at, :at)
                        on conflict (community_id, account_id) do update set role = excluded.role,
                            guest_until = excluded.guest_until, conduct_version = excluded.conduct_version,
                            conduct_accepted_at = excluded.conduct_accepted_at, focal_point_country = null,
                            joined_at = excluded.joined_at""")
                .param("community", communityId)
                .param("account", accountId)
                .param("role", role.name())
                .param("until", date(guestUntil))
                .param("version", conductVersion)
                .param("at", Timestamp.from(at))
                .update();
    }

    void changeRole(long communityId, long accountId, CommunityRole role, LocalDate guestUntil) {
        // a guest cannot be a focal point: the role ends and the country is not represented by them
        db.sql("""
                        update community.memberships set role = ?, guest_until = ?,
                            focal_point_country = case when ? = 'GUEST' then null else focal_point_country end
                        where community_id = ? and account_id = ?""")
                .params(role.name(), date(guestUntil), role.name(), communityId, accountId)
                .update();
    }

    void setFocalPoint(long communityId, long accountId, String country) {
        db.sql("update community.memberships set focal_point_country = ? where community_id = ? and account_id = ?")
                .params(country, communityId, accountId)
                .update();
    }

    void acceptConduct(long communityId, long accountId, int version, Instant at) {
        db.sql("""
                        update community.memberships set conduct_version = ?, conduct_accepted_at = ?
                        where community_id = ? and account_id = ?""").params(version, Timestamp.from(at), communityId, accountId).update();
    }

    /** Ends a membership, and with it the person's places in the community's topic groups. */
    void delete(long communityId, long accountId) {
        db.sql("""
                        delete from community.topic_group_members where account_id = ? and topic_group_id in
                            (select id from community.topic_groups where community_id = ?)""").params(accountId, communityId).update();
        db.sql("delete from community.memberships where community_id = ? and account_id = ?")
                .params(communityId, accountId)
                .update();
    }

    /** A member's suspension in force: until when, and why. */
    public record Suspension(Instant until, String reason) {}

    /** What a community screen shows of its viewer: membership (null if none), suspension (null if none), code. */
    record Seen(Membership membership, Suspension suspension, int currentConduct) {}

    /**
     * The viewer's current membership, its suspension in force and the number of the community's current code of
     * conduct, in one query (every community screen asks; three round trips were a large part of a page view).
     * The code's number is read here too, for that reason only. {@code accountId} is null for a signed-out reader.
     */
    Seen seen(long communityId, Long accountId) {
        Instant now = clock.instant();
        return db.sql("""
                        select (select max(version) from community.codes_of_conduct where community_id = :community)
                                   as current_conduct,
                               m.community_id, m.account_id, m.role, m.focal_point_country, m.guest_until,
                               m.conduct_version, m.joined_at, m.suspended_until,
                               coalesce(m.suspension_reason, '') as suspension_reason
                        from (select 1) as one
                        left join community.memberships m on m.community_id = :community and m.account_id = :account""")
                .param("community", communityId)
                .param("account", accountId == null ? 0L : accountId)
                .query((rs, n) -> seen(rs, n, now))
                .single();
    }

    /**
     * What {@link #seen} tells, for each community the account is a current member of, in one query: a reading
     * request answers both the policy's standings and the frame's membership from it (one round trip, not two).
     */
    Map<Long, Seen> seenOf(long accountId) {
        Instant now = clock.instant();
        Map<Long, Seen> seen = new HashMap<>();
        db.sql("""
                        select (select max(version) from community.codes_of_conduct c where c.community_id = m.community_id)
                                   as current_conduct,
                               m.community_id, m.account_id, m.role, m.focal_point_country, m.guest_until,
                               m.conduct_version, m.joined_at, m.suspended_until,
                               coalesce(m.suspension_reason, '') as suspension_reason
                        from community.memberships m where m.account_id = :account and""" + " " + CURRENT)
                .param("account", accountId)
                .param("today", date(today()))
                .query(rs -> {
                    // the SQL's "current" and the membership's own expiry are one rule written twice: a row the
                    // second says has ended is no membership, whatever the first said
                    Seen one = seen(rs, rs.getRow(), now);
                    if (one.membership() != null) {
                        seen.put(rs.getLong("community_id"), one);
                    }
                });
        return seen;
    }

    private Seen seen(ResultSet rs, int n, Instant now) throws SQLException {
        Membership membership = rs.getObject("account_id") == null ? null : map(rs, n);
        if (membership != null && membership.expired(today())) {
            membership = null;
        }
        Timestamp until = rs.getTimestamp("suspended_until");
        Suspension suspension =
                membership != null && until != null && until.toInstant().isAfter(now)
                        ? new Suspension(until.toInstant(), rs.getString("suspension_reason"))
                        : null;
        return new Seen(membership, suspension, rs.getInt("current_conduct"));
    }

    /** The suspension in force for this member, if any. */
    public Optional<Suspension> suspension(long communityId, long accountId) {
        return db.sql("""
                        select suspended_until, coalesce(suspension_reason, '') from community.memberships
                        where community_id = ? and account_id = ? and suspended_until > ?""")
                .params(communityId, accountId, Timestamp.from(clock.instant()))
                .query((rs, n) -> new Suspension(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .optional();
    }

    /** Suspends a member until {@code until}, or (null) ends the suspension. */
    void suspend(long communityId, long accountId, Instant until, String reason) {
        db.sql("""
                        update community.memberships set suspended_until = ?, suspension_reason = ?
                        where community_id = ? and account_id = ?""")
                .params(
                        until == null ? null : Timestamp.from(until),
                        until == null ? null : reason,
                        communityId,
                        accountId)
                .update();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static CommunityFacts.Standing standing(ResultSet rs) throws SQLException {
        return new CommunityFacts.Standing(CommunityRole.valueOf(rs.getString("role")), rs.getBoolean("suspended"));
    }

    private static Membership map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("guest_until");
        return new Membership(
                rs.getLong("community_id"),
                rs.getLong("account_id"),
                CommunityRole.valueOf(rs.getString("role")),
                rs.getString("focal_point_country"),
                until == null ? null : until.toLocalDate(),
                rs.getInt("conduct_version"),
                rs.getTimestamp("joined_at").toInstant());
    }
}
