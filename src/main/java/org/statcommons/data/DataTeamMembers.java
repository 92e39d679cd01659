package org.statcommons.data;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.Standing;

/** A community's data team ({@code data.team}): its data editors and reviewers, named by the secretariat. */
@Repository
public class DataTeamMembers {

    /** One person of the team and their standing in it. */
    public record Member(long accountId, Standing standing) {}

    private final JdbcClient db;

    DataTeamMembers(JdbcClient db) {
        this.db = db;
    }

    public Optional<Standing> standingOf(long communityId, long accountId) {
        return db.sql("select standing from data.team where community_id = ? and account_id = ?")
                .params(communityId, accountId)
                .query((rs, row) -> Standing.valueOf(rs.getString(1)))
                .optional();
    }

    public List<Member> of(long communityId) {
        return db.sql("select account_id, standing from data.team where community_id = ? order by named_at, account_id")
                .param(communityId)
                .query((rs, row) -> new Member(rs.getLong(1), Standing.valueOf(rs.getString(2))))
                .list();
    }

    void name(long communityId, long accountId, Standing standing, long by, Instant at) {
        db.sql("""
                        insert into data.team (community_id, account_id, standing, named_by, named_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (community_id, account_id) do update set standing = excluded.standing""")
                .params(communityId, accountId, standing.name(), by, Timestamp.from(at))
                .update();
    }

    void remove(long communityId, long accountId) {
        db.sql("delete from data.team where community_id = ? and account_id = ?")
                .params(communityId, accountId)
                .update();
    }
}
