package org.statcommons.data.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who supports a data request ({@code data.data_request_supports}): one row per person and request. */
@Repository
class DataRequestSupports {

    private final JdbcClient db;

    DataRequestSupports(JdbcClient db) {
        this.db = db;
    }

    /** Records a support; false when this person already supports the request. */
    boolean add(long requestId, long accountId, Instant at) {
        return db.sql("""
                        insert into data.data_request_supports (request_id, account_id, supported_at) values (?, ?, ?)
                        on conflict do nothing""").params(requestId, accountId, Timestamp.from(at)).update() == 1;
    }

    Set<Long> of(long requestId) {
        return new TreeSet<>(db.sql("select account_id from data.data_request_supports where request_id = ?")
                .param(requestId)
                .query(Long.class)
                .list());
    }

    /** Which of these requests the person supports. */
    Set<Long> supportedBy(long accountId, java.util.List<Long> requestIds) {
        return new TreeSet<>(
                db.sql("select request_id from data.data_request_supports where account_id = ? and request_id = any(?)")
                        .params(accountId, requestIds.toArray(Long[]::new))
                        .query(Long.class)
                        .list());
    }
}
