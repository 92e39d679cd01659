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

    /** Member organisations of one kind or one country: how many by the period's end, and how many joined in it. */
    record Group(String key, long atEnd, long added) {}

    /**
     * The community's member organisations by the end of a period, grouped by {@code o.kind} or {@code o.country}
     * (a country not given is ""), counted by the database: the most numerous first. An organisation removed from the
     * community leaves no row, so it is not counted.
     */
    List<Group> grouped(long communityId, Instant from, Instant until, boolean byKind) {
        String key = byKind ? "o.kind" : "coalesce(o.country, '')";
        return db.sql("select " + key + " as key,"
                        + " count(*) filter (where m.added_at < :until) as at_end,"
                        + " count(*) filter (where m.added_at >= :from and m.added_at < :until) as added"
                        + " from organisations.member_organisations m"
                        + " join organisations.organisations o on o.id = m.organisation_id"
                        + " where m.community_id = :community and m.added_at < :until"
                        + " group by 1 order by at_end desc, 1")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new Group(rs.getString("key"), rs.getLong("at_end"), rs.getLong("added")))
                .list();
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
