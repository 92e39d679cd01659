package org.statcommons.organisations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which organisations are members of which community. */
@Repository
public class MemberOrganisations {

    private final JdbcClient db;

    MemberOrganisations(JdbcClient db) {
        this.db = db;
    }

    /** The ids of a community's member organisations. */
    public List<Long> of(long communityId) {
        return db.sql("select organisation_id from organisations.member_organisations where community_id = ?")
                .param(communityId)
                .query(Long.class)
                .list();
    }

    /** The communities an organisation is a member of. */
    public List<Long> communitiesOf(long organisationId) {
        return db.sql("select community_id from organisations.member_organisations where organisation_id = ?")
                .param(organisationId)
                .query(Long.class)
                .list();
    }

    public boolean contains(long communityId, long organisationId) {
        return db.sql("select exists (select 1 from organisations.member_organisations"
                        + " where community_id = ? and organisation_id = ?)")
                .params(communityId, organisationId)
                .query(Boolean.class)
                .single();
    }

    /** True when added, false when it was a member already. */
    boolean add(long communityId, long organisationId, long by, Instant at) {
        return db.sql("""
                        insert into organisations.member_organisations (community_id, organisation_id, added_by, added_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(communityId, organisationId, by, Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Removes the membership and, with it, its representatives. */
    boolean remove(long communityId, long organisationId) {
        return db.sql("delete from organisations.member_organisations where community_id = ? and organisation_id = ?")
                        .params(communityId, organisationId)
                        .update()
                > 0;
    }
}
