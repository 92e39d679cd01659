package org.statcommons.newsletters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of sent newsletters: their unsubscribe links and which were refused. */
@Repository
class Deliveries {

    /** One message about to be recorded. */
    record Delivery(long outboxId, String email, Long accountId, Long subscriberId, byte[] unsubscribeHash) {}

    /** Whom an unsubscribe link names. */
    record Recipient(long communityId, Long accountId, Long subscriberId) {}

    /** A message the relay refused. */
    record Failure(String email, boolean member, String failure) {}

    private final JdbcClient db;

    Deliveries(JdbcClient db) {
        this.db = db;
    }

    /** Records every message of a newsletter with one statement. */
    void recordAll(long newsletterId, List<Delivery> deliveries) {
        db.sql("""
                        insert into newsletters.deliveries (newsletter_id, outbox_id, email, account_id, subscriber_id, unsubscribe_hash)
                        select :newsletter, d.outbox_id, d.email, d.account_id, d.subscriber_id, d.unsubscribe_hash
                        from unnest(cast(:outbox as bigint[]), cast(:emails as text[]), cast(:accounts as bigint[]),
                                    cast(:subscribers as bigint[]), cast(:hashes as bytea[]))
                             as d(outbox_id, email, account_id, subscriber_id, unsubscribe_hash)""")
                .param("newsletter", newsletterId)
                .param("outbox", deliveries.stream().map(Delivery::outboxId).toArray(Long[]::new))
                .param("emails", deliveries.stream().map(Delivery::email).toArray(String[]::new))
                .param("accounts", deliveries.stream().map(Delivery::accountId).toArray(Long[]::new))
                .param(
                        "subscribers",
                        deliveries.stream().map(Delivery::subscriberId).toArray(Long[]::new))
                .param(
                        "hashes",
                        deliveries.stream().map(Delivery::unsubscribeHash).toArray(byte[][]::new))
                .update();
    }

    Optional<Recipient> byUnsubscribeHash(byte[] hash) {
        return db.sql("""
                        select n.community_id, d.account_id, d.subscriber_id
                        from newsletters.deliveries d join newsletters.newsletters n on n.id = d.newsletter_id
                        where d.unsubscribe_hash = ?""").param(hash).query(Recipient.class).optional();
    }

    /** Marks the message refused (at {@code at}), if it was a newsletter's; returns its subscriber, if it went to one. */
    Optional<Long> failed(long outboxId, String reason, Instant at) {
        return db.sql("""
                        update newsletters.deliveries set failed_at = ?, failure = ?
                        where outbox_id = ? returning subscriber_id""")
                .params(Timestamp.from(at), reason, outboxId)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                })
                .optional();
    }

    List<Failure> failures(long newsletterId) {
        return db.sql("""
                        select email, account_id is not null as member, failure from newsletters.deliveries
                        where newsletter_id = ? and failed_at is not null order by email""").param(newsletterId).query(Failure.class).list();
    }
}
