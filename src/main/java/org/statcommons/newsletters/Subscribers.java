package org.statcommons.newsletters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public subscribers with double opt-in ({@code newsletters.subscribers}) and members' opt-outs
 * ({@code newsletters.opt_outs}). The times written are those the use cases give: the confirmation's is compared
 * with the clock (resending, expiry), the others are shown to the secretariat.
 */
@Repository
class Subscribers {

    /** One subscriber as the secretariat sees them. */
    record Subscriber(
            long id,
            long communityId,
            String email,
            String status,
            Instant createdAt,
            Instant confirmedAt,
            Instant confirmationSentAt,
            Instant bouncedAt,
            String bounceReason) {}

    /** A confirmed subscriber who will receive the next newsletter. */
    record Receiving(long id, String email) {}

    private static final String COLUMNS = """
            id, community_id, email, status, created_at, confirmed_at, confirmation_sent_at, bounced_at, bounce_reason""";

    private final JdbcClient db;

    Subscribers(JdbcClient db) {
        this.db = db;
    }

    /** The row for this address, created PENDING at {@code at} if there is none, locked until the transaction ends. */
    Subscriber lockOrCreate(long communityId, String email, Instant at) {
        db.sql("""
                        insert into newsletters.subscribers (community_id, email, created_at) values (?, ?, ?)
                        on conflict (community_id, email) do nothing""").params(communityId, email, Timestamp.from(at)).update();
        return db.sql("select " + COLUMNS
                        + " from newsletters.subscribers where community_id = ? and email = ? for update")
                .params(communityId, email)
                .query(Subscriber.class)
                .single();
    }

    /** A new confirmation link for this subscriber: pending again, with the time the e-mail goes. */
    void confirmationSent(long id, byte[] confirmHash, long outboxId, Instant at) {
        db.sql("""
                        update newsletters.subscribers
                        set status = 'PENDING', confirm_hash = ?, confirmation_sent_at = ?, confirmation_outbox_id = ?
                        where id = ?""").params(confirmHash, Timestamp.from(at), outboxId, id).update();
    }

    /**
     * Confirms (at {@code at}) the subscriber whose link this is, if it is still pending and the link younger than
     * {@code validSince}; the link then stops working.
     */
    Optional<Long> confirm(byte[] confirmHash, Instant validSince, Instant at) {
        return db.sql("""
                        update newsletters.subscribers set status = 'CONFIRMED', confirmed_at = ?, confirm_hash = null
                        where confirm_hash = ? and status = 'PENDING' and confirmation_sent_at >= ?
                        returning community_id""")
                .params(Timestamp.from(at), confirmHash, Timestamp.from(validSince))
                .query(Long.class)
                .optional();
    }

    /** Whether a pending confirmation link exists at all (to tell an expired link from a wrong one). */
    boolean pendingLink(byte[] confirmHash) {
        return db.sql(
                        "select exists (select 1 from newsletters.subscribers where confirm_hash = ? and status = 'PENDING')")
                .param(confirmHash)
                .query(Boolean.class)
                .single();
    }

    void unsubscribe(long id, Instant at) {
        db.sql("""
                        update newsletters.subscribers set status = 'UNSUBSCRIBED', left_at = ?, confirm_hash = null
                        where id = ? and status <> 'UNSUBSCRIBED'""").params(Timestamp.from(at), id).update();
    }

    /** The relay refused the address for good: it receives nothing more until it subscribes again. */
    void bouncing(long id, String reason, Instant at) {
        db.sql("""
                        update newsletters.subscribers set status = 'BOUNCING', bounced_at = ?, bounce_reason = ?,
                            confirm_hash = null
                        where id = ? and status in ('PENDING', 'CONFIRMED')""").params(Timestamp.from(at), reason, id).update();
    }

    /** The subscriber whose confirmation e-mail this outbox message was. */
    Optional<Long> byConfirmationMail(long outboxId) {
        return db.sql("select id from newsletters.subscribers where confirmation_outbox_id = ?")
                .param(outboxId)
                .query(Long.class)
                .optional();
    }

    List<Receiving> confirmed(long communityId) {
        return db.sql(
                        "select id, email from newsletters.subscribers where community_id = ? and status = 'CONFIRMED' order by id")
                .param(communityId)
                .query(Receiving.class)
                .list();
    }

    List<Subscriber> all(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from newsletters.subscribers where community_id = ? order by status, email")
                .param(communityId)
                .query(Subscriber.class)
                .list();
    }

    // members' choice

    boolean optedOut(long communityId, long accountId) {
        return db.sql("select exists (select 1 from newsletters.opt_outs where community_id = ? and account_id = ?)")
                .params(communityId, accountId)
                .query(Boolean.class)
                .single();
    }

    List<Long> optedOut(long communityId) {
        return db.sql("select account_id from newsletters.opt_outs where community_id = ?")
                .param(communityId)
                .query(Long.class)
                .list();
    }

    void optOut(long communityId, long accountId, Instant at) {
        db.sql(
                        "insert into newsletters.opt_outs (community_id, account_id, opted_out_at) values (?, ?, ?) on conflict do nothing")
                .params(communityId, accountId, Timestamp.from(at))
                .update();
    }

    void optIn(long communityId, long accountId) {
        db.sql("delete from newsletters.opt_outs where community_id = ? and account_id = ?")
                .params(communityId, accountId)
                .update();
    }
}
