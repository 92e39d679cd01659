package org.statcommons.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attendees of each occurrence of a meeting: who took part, as the organiser recorded it. */
@Repository
class Attendees {

    private final JdbcClient db;

    Attendees(JdbcClient db) {
        this.db = db;
    }

    /** Occurrence start → the accounts recorded as present. */
    Map<Instant, Set<Long>> of(long meetingId) {
        Map<Instant, Set<Long>> all = new TreeMap<>();
        db.sql("select occurrence_start, account_id from meetings.attendance where meeting_id = ? order by 1, 2")
                .param(meetingId)
                .query((rs, n) -> all.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new TreeSet<>())
                        .add(rs.getLong(2)))
                .list();
        return all;
    }

    /** Replaces the record of one occurrence. */
    void record(long meetingId, Instant occurrence, Collection<Long> present, long by) {
        db.sql("delete from meetings.attendance where meeting_id = ? and occurrence_start = ?")
                .params(meetingId, Timestamp.from(occurrence))
                .update();
        for (Long accountId : List.copyOf(present)) {
            db.sql(
                            "insert into meetings.attendance (meeting_id, occurrence_start, account_id, recorded_by) values (?, ?, ?, ?)")
                    .params(meetingId, Timestamp.from(occurrence), accountId, by)
                    .update();
        }
    }
}
