package org.statcommons.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The running tally of the fairness rule: per member and community, how many meetings were held at a bad
 * local time for them (outside working hours or asleep). A scheduled meeting records its burdens; a
 * cancelled one takes them back; a moved one records them again.
 */
@Repository
class Tallies {

    private final JdbcClient db;

    Tallies(JdbcClient db) {
        this.db = db;
    }

    /** Each person's tally in the community (absent: zero). */
    Map<Long, Integer> of(long communityId, Collection<Long> accountIds) {
        Map<Long, Integer> tallies = new HashMap<>();
        if (accountIds.isEmpty()) {
            return tallies;
        }
        db.sql("""
                        select b.account_id, sum(b.occurrences)::int from meetings.burdens b
                        join meetings.meetings m on m.id = b.meeting_id
                        where b.community_id = ? and b.account_id = any(?) and m.status = 'SCHEDULED'
                        group by b.account_id""")
                .params(communityId, accountIds.toArray(Long[]::new))
                .query((rs, n) -> tallies.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return tallies;
    }

    /** Replaces the meeting's burdens by these people's. */
    void record(Meeting meeting, Map<Long, LocalHours> bad, int occurrences, Instant heldAt) {
        forget(meeting.id());
        bad.forEach((accountId, hours) -> db.sql("""
                        insert into meetings.burdens (meeting_id, account_id, community_id, asleep, occurrences, held_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        meeting.id(),
                        accountId,
                        meeting.communityId(),
                        hours.asleep(),
                        occurrences,
                        Timestamp.from(heldAt))
                .update());
    }

    void forget(long meetingId) {
        db.sql("delete from meetings.burdens where meeting_id = ?")
                .param(meetingId)
                .update();
    }
}
