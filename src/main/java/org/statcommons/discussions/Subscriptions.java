package org.statcommons.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Who follows or muted which discussion. Following: told of every reply. Muted: told of nothing, mentions
 * included. Neither (no row): told only when mentioned. Writing in a discussion follows it, unless muted.
 */
@Repository
class Subscriptions {

    enum State {
        FOLLOWING,
        NORMAL,
        MUTED;

        /** The state a form or the API names, in any case. */
        static State parse(String name) {
            for (State state : values()) {
                if (state.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return state;
                }
            }
            throw new InvalidInputException("state", Text.of("discussions.subscription.choose"));
        }
    }

    private final JdbcClient db;

    Subscriptions(JdbcClient db) {
        this.db = db;
    }

    State of(long threadId, long accountId) {
        return db.sql("select state from discussions.subscriptions where thread_id = ? and account_id = ?")
                .params(threadId, accountId)
                .query(String.class)
                .optional()
                .map(State::valueOf)
                .orElse(State.NORMAL);
    }

    /** The person's choice, since this time. */
    void set(long threadId, long accountId, State state, Instant since) {
        if (state == State.NORMAL) {
            db.sql("delete from discussions.subscriptions where thread_id = ? and account_id = ?")
                    .params(threadId, accountId)
                    .update();
            return;
        }
        db.sql("""
                        insert into discussions.subscriptions (thread_id, account_id, state, since) values (?, ?, ?, ?)
                        on conflict (thread_id, account_id) do update set state = excluded.state, since = excluded.since
                        where discussions.subscriptions.state <> excluded.state""")
                .params(threadId, accountId, state.name(), Timestamp.from(since))
                .update();
    }

    /** The author of a post follows its discussion from now on, unless they muted it. */
    void followAsWriter(long threadId, long accountId, Instant since) {
        db.sql("""
                        insert into discussions.subscriptions (thread_id, account_id, state, since) values (?, ?, 'FOLLOWING', ?)
                        on conflict (thread_id, account_id) do nothing""").params(threadId, accountId, Timestamp.from(since)).update();
    }

    Set<Long> following(long threadId) {
        return withState(threadId, State.FOLLOWING);
    }

    Set<Long> muted(long threadId) {
        return withState(threadId, State.MUTED);
    }

    private Set<Long> withState(long threadId, State state) {
        return new HashSet<>(
                db.sql("select account_id from discussions.subscriptions where thread_id = ? and state = ?")
                        .params(threadId, state.name())
                        .query(Long.class)
                        .list());
    }

    /** A discussion the person follows or muted, as their personal data lists it. */
    record Held(long discussionId, String state, java.time.Instant since) {}

    List<Held> of(long accountId) {
        return db.sql(
                        "select thread_id, state, since from discussions.subscriptions where account_id = ? order by thread_id")
                .param(accountId)
                .query((rs, n) -> new Held(
                        rs.getLong("thread_id"),
                        rs.getString("state"),
                        rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** Forgets what the person followed or muted (a closed account: told of nothing more). */
    void forgetAll(long accountId) {
        db.sql("delete from discussions.subscriptions where account_id = ?")
                .param(accountId)
                .update();
    }
}
