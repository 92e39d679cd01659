package org.statcommons.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityFacts;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;

/** Tells the permission policy about communities and roles, straight from the tables. */
@Component
class MembershipFacts implements CommunityFacts {

    private final JdbcClient db;

    MembershipFacts(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Optional<CommunitySettings> settings(long communityId) {
        return db.sql("select id, join_policy, members_edit_directly from community.communities where id = ?").param(communityId)
                .query((rs, n) -> new CommunitySettings(rs.getLong("id"), JoinPolicy.valueOf(rs.getString("join_policy")),
                        rs.getBoolean("members_edit_directly")))
                .optional();
    }

    @Override
    public List<CommunitySettings> settings(Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select id, join_policy, members_edit_directly from community.communities where id = any(?)")
                .param(communityIds.toArray(Long[]::new))
                .query((rs, n) -> new CommunitySettings(rs.getLong("id"), JoinPolicy.valueOf(rs.getString("join_policy")),
                        rs.getBoolean("members_edit_directly")))
                .list();
    }

    @Override
    public Optional<Standing> standingOf(long accountId, long communityId) {
        // a guest's invitation ends after its last day
        return db.sql("""
                        select role, coalesce(suspended_until > now(), false) as suspended from community.memberships
                        where community_id = ? and account_id = ? and (guest_until is null or guest_until >= current_date)""")
                .params(communityId, accountId)
                .query((rs, n) -> new Standing(CommunityRole.valueOf(rs.getString("role")), rs.getBoolean("suspended")))
                .optional();
    }

    @Override
    public Map<Long, Standing> standingsIn(long communityId, Collection<Long> accountIds) {
        Map<Long, Standing> standings = new HashMap<>();
        if (accountIds.isEmpty()) {
            return standings;
        }
        db.sql("""
                        select account_id, role, coalesce(suspended_until > now(), false) from community.memberships
                        where community_id = ? and account_id = any(?) and (guest_until is null or guest_until >= current_date)""")
                .params(communityId, accountIds.toArray(Long[]::new))
                .query(rs -> {
                    standings.put(rs.getLong(1), new Standing(CommunityRole.valueOf(rs.getString(2)), rs.getBoolean(3)));
                });
        return standings;
    }

    @Override
    public Map<Long, Standing> standingsOf(long accountId) {
        Map<Long, Standing> roles = new HashMap<>();
        db.sql("""
                        select community_id, role, coalesce(suspended_until > now(), false) from community.memberships
                        where account_id = ? and (guest_until is null or guest_until >= current_date)""")
                .param(accountId)
                .query(rs -> {
                    roles.put(rs.getLong(1), new Standing(CommunityRole.valueOf(rs.getString(2)), rs.getBoolean(3)));
                });
        return roles;
    }

    @Override
    public List<Long> allCommunities() {
        return db.sql("select id from community.communities order by id").query(Long.class).list();
    }
}
