package org.statcommons.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The meetings of schema {@code meetings}, with what belongs to each: candidate times, invitees and their answers,
 * exceptions of a series, the record of changes. The times that decide anything (a meeting's start, its
 * candidates, a moved occurrence) are the instants the use cases give. The stamps {@code updated_at},
 * {@code cancelled_at}, {@code answered_at}, the changes' {@code changed_at} and the exceptions' {@code created_at}
 * are the database's own {@code now()}: an audit of when the row was written, read by no rule.
 */
@Repository
class Meetings {

    private static final String COLUMNS = """
            id, community_id, topic_group_id, title, kind, agenda, duration_minutes, online_link, place, organiser_id,
            time_zone, zone_assumed, status, starts_at, recurrence, sequence, agenda_page, minutes_page, created_at,
            body_id""";

    private final JdbcClient db;

    Meetings(JdbcClient db) {
        this.db = db;
    }

    /** A candidate time and its id. */
    record Candidate(long id, Instant startsAt) {}

    Optional<Meeting> find(long id) {
        return db.sql("select " + COLUMNS + " from meetings.meetings where id = ?")
                .param(id)
                .query(Meetings::map)
                .optional();
    }

    /** The meeting, which must belong to the community: "not found" otherwise, as for one that does not exist. */
    Meeting inCommunity(Community community, long id) {
        return find(id).filter(m -> m.communityId() == community.id()).orElseThrow(Meetings::notFound);
    }

    /**
     * The meeting of the community with its row locked until the transaction ends, so that changes to one meeting
     * happen one after another; "not found" as {@link #inCommunity}.
     */
    Meeting lockInCommunity(Community community, long id) {
        return lock(id).filter(m -> m.communityId() == community.id()).orElseThrow(Meetings::notFound);
    }

    /** The meeting with its row locked until the transaction ends. */
    Optional<Meeting> lock(long id) {
        return db.sql("select " + COLUMNS + " from meetings.meetings where id = ? for update")
                .param(id)
                .query(Meetings::map)
                .optional();
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Text.of("meetings.not-found"));
    }

    List<Meeting> ofCommunity(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from meetings.meetings where community_id = ? order by starts_at nulls first, id desc")
                .param(communityId)
                .query(Meetings::map)
                .list();
    }

    /** Scheduled meetings of these communities that may have an occurrence after {@code from}. */
    List<Meeting> scheduledIn(Collection<Long> communityIds, Instant from) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        // a series can reach far beyond its first date: its rows are kept and expanded in Java
        return db.sql("select " + COLUMNS + """
                         from meetings.meetings
                        where community_id = any(?) and status = 'SCHEDULED'
                          and (recurrence is not null or starts_at >= ?)
                        order by starts_at""")
                .params(communityIds.toArray(Long[]::new), Timestamp.from(from.minusSeconds(86_400)))
                .query(Meetings::map)
                .list();
    }

    /** A new meeting in the community (or one of its topic groups), proposed by the organiser in their zone. */
    long insert(
            long communityId,
            Long topicGroupId,
            MeetingDetails details,
            long organiserId,
            ZoneId zone,
            boolean zoneAssumed) {
        return db.sql("""
                        insert into meetings.meetings (community_id, topic_group_id, title, kind, agenda, duration_minutes,
                            online_link, place, organiser_id, time_zone, zone_assumed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        topicGroupId,
                        details.title(),
                        details.kind().name(),
                        details.agenda(),
                        details.durationMinutes(),
                        details.onlineLink(),
                        details.place(),
                        organiserId,
                        zone.getId(),
                        zoneAssumed)
                .query(Long.class)
                .single();
    }

    /** Records the body invited to the meeting as a body. */
    void inviteBody(long id, long bodyId) {
        db.sql("update meetings.meetings set body_id = ? where id = ?")
                .params(bodyId, id)
                .update();
    }

    void updateDetails(long id, MeetingDetails details) {
        db.sql("""
                        update meetings.meetings set title = ?, kind = ?, agenda = ?, duration_minutes = ?, online_link = ?,
                            place = ?, updated_at = now() where id = ?""")
                .params(
                        details.title(),
                        details.kind().name(),
                        details.agenda(),
                        details.durationMinutes(),
                        details.onlineLink(),
                        details.place(),
                        id)
                .update();
    }

    void schedule(long id, Instant startsAt, String recurrence) {
        db.sql("""
                        update meetings.meetings set status = 'SCHEDULED', starts_at = ?, recurrence = ?, updated_at = now()
                        where id = ?""").params(Timestamp.from(startsAt), recurrence, id).update();
    }

    void reschedule(long id, Instant startsAt) {
        db.sql("update meetings.meetings set starts_at = ?, updated_at = now() where id = ?")
                .params(Timestamp.from(startsAt), id)
                .update();
    }

    void setPages(long id, String agendaPage, String minutesPage) {
        db.sql("update meetings.meetings set agenda_page = ?, minutes_page = ? where id = ?")
                .params(agendaPage, minutesPage, id)
                .update();
    }

    void cancel(long id) {
        db.sql(
                        "update meetings.meetings set status = 'CANCELLED', cancelled_at = now(), updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    /**
     * Increments the iCalendar SEQUENCE and records what changed; returns the new sequence. The record keeps the
     * change's English (a bundle text, as {@link ChangeDescription} gives it): it is the organisers' trace, never
     * shown to a reader, and rows stored before it was a bundle text read the same.
     */
    int changed(long id, long by, Text what) {
        int sequence = db.sql(
                        "update meetings.meetings set sequence = sequence + 1, updated_at = now() where id = ? returning sequence")
                .param(id)
                .query(Integer.class)
                .single();
        db.sql("insert into meetings.changes (meeting_id, sequence, changed_by, what) values (?, ?, ?, ?)")
                .params(id, sequence, by, what.english().strip())
                .update();
        return sequence;
    }

    void recordCreation(long id, long by, Text what) {
        db.sql("insert into meetings.changes (meeting_id, sequence, changed_by, what) values (?, 0, ?, ?)")
                .params(id, by, what.english())
                .update();
    }

    // candidates

    void addCandidates(long meetingId, List<Instant> starts) {
        for (Instant start : starts) {
            db.sql("insert into meetings.candidates (meeting_id, starts_at) values (?, ?)")
                    .params(meetingId, Timestamp.from(start))
                    .update();
        }
    }

    List<Candidate> candidates(long meetingId) {
        return db.sql("select id, starts_at from meetings.candidates where meeting_id = ? order by starts_at")
                .param(meetingId)
                .query((rs, n) ->
                        new Candidate(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    // invitees and answers

    void invite(long meetingId, long accountId, byte[] tokenHash) {
        db.sql("insert into meetings.invitees (meeting_id, account_id, token_hash) values (?, ?, ?)")
                .params(meetingId, accountId, tokenHash)
                .update();
    }

    List<Long> invitees(long meetingId) {
        return db.sql("select account_id from meetings.invitees where meeting_id = ? order by invited_at, account_id")
                .param(meetingId)
                .query(Long.class)
                .list();
    }

    boolean invited(long meetingId, long accountId) {
        return db.sql("select exists (select 1 from meetings.invitees where meeting_id = ? and account_id = ?)")
                .params(meetingId, accountId)
                .query(Boolean.class)
                .single();
    }

    /** The meeting and invitee an answer link's secret stands for. */
    record Invitation(long meetingId, long accountId) {}

    Optional<Invitation> byToken(byte[] tokenHash) {
        return db.sql("select meeting_id, account_id from meetings.invitees where token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    void answer(long candidateId, long accountId, Answer answer) {
        db.sql("""
                        insert into meetings.answers (candidate_id, account_id, answer) values (?, ?, ?)
                        on conflict (candidate_id, account_id) do update set answer = excluded.answer, answered_at = now()""").params(candidateId, accountId, answer.name()).update();
    }

    void clearAnswer(long candidateId, long accountId) {
        db.sql("delete from meetings.answers where candidate_id = ? and account_id = ?")
                .params(candidateId, accountId)
                .update();
    }

    /** Per candidate id, each invitee's answer. */
    Map<Long, Map<Long, Answer>> answers(long meetingId) {
        Map<Long, Map<Long, Answer>> all = new HashMap<>();
        db.sql("""
                        select a.candidate_id, a.account_id, a.answer from meetings.answers a
                        join meetings.candidates c on c.id = a.candidate_id where c.meeting_id = ?""")
                .param(meetingId)
                .query((rs, n) -> all.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getLong(2), Answer.valueOf(rs.getString(3))))
                .list();
        return all;
    }

    // exceptions

    /** Original start → new start (null: skipped). */
    Map<Instant, Instant> exceptions(long meetingId) {
        Map<Instant, Instant> all = new HashMap<>();
        db.sql("select original_start, new_start from meetings.exceptions where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> {
                    Timestamp moved = rs.getTimestamp(2);
                    all.put(rs.getTimestamp(1).toInstant(), moved == null ? null : moved.toInstant());
                    return null;
                })
                .list();
        return all;
    }

    /** The exceptions of many meetings with one query: meeting → (original start → new start, null: skipped). */
    Map<Long, Map<Instant, Instant>> exceptions(Collection<Long> meetingIds) {
        Map<Long, Map<Instant, Instant>> all = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return all;
        }
        db.sql("select meeting_id, original_start, new_start from meetings.exceptions where meeting_id = any(?)")
                .param(meetingIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    Timestamp moved = rs.getTimestamp(3);
                    all.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getTimestamp(2).toInstant(), moved == null ? null : moved.toInstant());
                    return null;
                })
                .list();
        return all;
    }

    void putException(long meetingId, Instant original, Instant newStart, long by) {
        db.sql("""
                        insert into meetings.exceptions (meeting_id, original_start, new_start, created_by) values (?, ?, ?, ?)
                        on conflict (meeting_id, original_start) do update set new_start = excluded.new_start,
                            created_by = excluded.created_by, created_at = now()""")
                .params(meetingId, Timestamp.from(original), newStart == null ? null : Timestamp.from(newStart), by)
                .update();
    }

    private static Meeting map(ResultSet rs, int row) throws SQLException {
        Timestamp starts = rs.getTimestamp("starts_at");
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getObject("topic_group_id", Long.class),
                rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("agenda"),
                rs.getInt("duration_minutes"),
                rs.getString("online_link"),
                rs.getString("place"),
                rs.getLong("organiser_id"),
                rs.getString("time_zone"),
                rs.getBoolean("zone_assumed"),
                Meeting.Status.valueOf(rs.getString("status")),
                starts == null ? null : starts.toInstant(),
                rs.getString("recurrence"),
                rs.getInt("sequence"),
                rs.getString("agenda_page"),
                rs.getString("minutes_page"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("body_id", Long.class));
    }

    /**
     * Attendance over a period, for the progress report and the activity figures: how many occurrences had their attendance recorded, how many
     * invitations those occurrences had (each meeting's invitees, once per occurrence) and how many were present.
     */
    record Attendance(long occurrences, long invited, long present) {}

    /** Attendance recorded for the community's occurrences that began in the period, counted by the database. */
    Attendance attendance(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select count(*) as occurrences, coalesce(sum(invited), 0) as invited,
                               coalesce(sum(present), 0) as present
                        from (select a.meeting_id, a.occurrence_start, count(*) as present,
                                     (select count(*) from meetings.invitees i where i.meeting_id = a.meeting_id)
                                         as invited
                              from meetings.attendance a join meetings.meetings m on m.id = a.meeting_id
                              where m.community_id = ? and a.occurrence_start >= ? and a.occurrence_start < ?
                              group by a.meeting_id, a.occurrence_start) recorded""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) ->
                        new Attendance(rs.getLong("occurrences"), rs.getLong("invited"), rs.getLong("present")))
                .single();
    }

    /** A meeting held in a period, for the progress report. */
    record Held(long id, String title, MeetingKind kind, Instant startsAt, boolean series) {}

    /** How many scheduled meetings of the community began in the period, and the first {@code limit} of them. */
    record HeldMeetings(long count, List<Held> first) {}

    /**
     * The scheduled meetings (not polls, not cancelled) whose start falls in the period and has passed, oldest first:
     * a series counts once, by its first meeting.
     */
    HeldMeetings held(long communityId, Instant from, Instant until, int limit) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        long count =
                db.sql("""
                        select count(*) from meetings.meetings where community_id = ? and status = 'SCHEDULED'
                          and starts_at >= ? and starts_at < ?""").params(communityId, start, end).query(Long.class).single();
        List<Held> first = db.sql("""
                        select id, title, kind, starts_at, recurrence is not null as series from meetings.meetings
                        where community_id = ? and status = 'SCHEDULED' and starts_at >= ? and starts_at < ?
                        order by starts_at, id limit ?""")
                .params(communityId, start, end, limit)
                .query((rs, n) -> new Held(
                        rs.getLong("id"),
                        rs.getString("title"),
                        MeetingKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getBoolean("series")))
                .list();
        return new HeldMeetings(count, first);
    }

    /** A person's answer to a meeting's candidate time, as their personal data lists it. */
    record GivenAnswer(
            long meetingId, long communityId, String meeting, Instant candidate, String answer, Instant at) {}

    List<GivenAnswer> answersOf(long accountId) {
        return db.sql("""
                        select m.id, m.community_id, m.title, c.starts_at, a.answer, a.answered_at
                        from meetings.answers a join meetings.candidates c on c.id = a.candidate_id
                        join meetings.meetings m on m.id = c.meeting_id
                        where a.account_id = ? order by m.id, c.starts_at""")
                .param(accountId)
                .query((rs, n) -> new GivenAnswer(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** An occurrence a person was recorded at, as their personal data lists it. */
    record Attended(long meetingId, String meeting, Instant occurrence) {}

    List<Attended> attendedBy(long accountId) {
        return db.sql("""
                        select m.id, m.title, t.occurrence_start from meetings.attendance t
                        join meetings.meetings m on m.id = t.meeting_id where t.account_id = ? order by t.occurrence_start""")
                .param(accountId)
                .query((rs, n) -> new Attended(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
