package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform's record of what was done with a person's account and personal data (table
 * {@code identity.account_audit}): an administrator's download of someone's data, an account closed.
 */
@Repository
class AccountAuditEntries {

    enum Kind {
        PERSONAL_DATA_DOWNLOADED,
        ACCOUNT_CLOSED
    }

    /** One entry; {@code byName} is the current name of who acted ("Former member" once they closed theirs). */
    record Entry(Instant at, Kind kind, Long byId, String byName, boolean contributionsRemoved, String reason) {}

    private final JdbcClient db;

    AccountAuditEntries(JdbcClient db) {
        this.db = db;
    }

    void record(long accountId, long byId, Kind kind, boolean contributionsRemoved, String reason, Instant at) {
        db.sql("""
                        insert into identity.account_audit (account_id, at, by_id, action, contributions_removed, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(accountId, Timestamp.from(at), byId, kind.name(), contributionsRemoved, reason)
                .update();
    }

    /** The account's entries, newest first. */
    List<Entry> of(long accountId) {
        return db.sql("""
                        select e.at, e.action, e.by_id, coalesce(a.display_name, '') as by_name, e.contributions_removed,
                            e.reason
                        from identity.account_audit e left join identity.accounts a on a.id = e.by_id
                        where e.account_id = ? order by e.at desc, e.id desc""")
                .param(accountId)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp("at").toInstant(),
                        Kind.valueOf(rs.getString("action")),
                        rs.getObject("by_id", Long.class),
                        rs.getString("by_name"),
                        rs.getBoolean("contributions_removed"),
                        rs.getString("reason")))
                .list();
    }
}
