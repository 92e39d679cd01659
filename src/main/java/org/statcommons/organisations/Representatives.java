package org.statcommons.organisations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts named to represent a member organisation in a community. */
@Repository
public class Representatives {

    private final JdbcClient db;

    Representatives(JdbcClient db) {
        this.db = db;
    }

    /** A community's representatives, by organisation, in the order they were named. */
    public Map<Long, List<Long>> of(long communityId) {
        Map<Long, List<Long>> byOrganisation = new LinkedHashMap<>();
        db.sql("""
                        select organisation_id, account_id from organisations.representatives
                        where community_id = ? order by named_at, account_id""").param(communityId).query(rs -> {
            byOrganisation
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(rs.getLong(2));
        });
        return byOrganisation;
    }

    /** True when named, false when they represented it already. */
    boolean name(long communityId, long organisationId, long accountId, long by, Instant at) {
        return db.sql("""
                        insert into organisations.representatives
                            (community_id, organisation_id, account_id, named_by, named_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(communityId, organisationId, accountId, by, Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean remove(long communityId, long organisationId, long accountId) {
        return db.sql("delete from organisations.representatives"
                                + " where community_id = ? and organisation_id = ? and account_id = ?")
                        .params(communityId, organisationId, accountId)
                        .update()
                > 0;
    }
}
