package org.statcommons.workstreams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who works in each workstream, and as what: lead, member or resource person. */
@Repository
public class WorkstreamMembers {

    /** The part someone has in a workstream. */
    public enum Part {
        LEAD,
        MEMBER,
        /** A resource person from outside: a guest of the community. */
        RESOURCE
    }

    private final JdbcClient db;

    WorkstreamMembers(JdbcClient db) {
        this.db = db;
    }

    /** Account id → part, for one workstream. */
    public Map<Long, Part> of(long workstreamId) {
        return db
                .sql("select account_id, part from workstreams.people where workstream_id = ? order by added_at")
                .param(workstreamId)
                .query((rs, n) -> Map.entry(rs.getLong("account_id"), Part.valueOf(rs.getString("part"))))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<Long> leads(long workstreamId) {
        return db.sql(
                        "select account_id from workstreams.people where workstream_id = ? and part = 'LEAD' order by account_id")
                .param(workstreamId)
                .query(Long.class)
                .list();
    }

    /** Whether the person leads the workstream; false for a workstream that does not exist. */
    boolean leads(long workstreamId, long accountId) {
        return db.sql(
                                "select count(*) from workstreams.people where workstream_id = ? and account_id = ? and part = 'LEAD'")
                        .params(workstreamId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds the person, or changes their part. */
    void put(long workstreamId, long accountId, Part part, Instant at) {
        db.sql("""
                        insert into workstreams.people (workstream_id, account_id, part, added_at) values (?, ?, ?, ?)
                        on conflict (workstream_id, account_id) do update set part = excluded.part""")
                .params(workstreamId, accountId, part.name(), Timestamp.from(at))
                .update();
    }

    boolean remove(long workstreamId, long accountId) {
        return db.sql("delete from workstreams.people where workstream_id = ? and account_id = ?")
                        .params(workstreamId, accountId)
                        .update()
                > 0;
    }
}
