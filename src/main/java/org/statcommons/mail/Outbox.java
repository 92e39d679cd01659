package org.statcommons.mail;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a message in the caller's transaction: if the change that caused it rolls back, no message goes;
 * if it commits, the message is safe even while the relay is down.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient db;
    private final OutboxSender sender;

    Outbox(JdbcClient db, OutboxSender sender) {
        this.db = db;
        this.sender = sender;
    }

    @Transactional
    public long enqueue(OutgoingMail mail) {
        List<String> names = new ArrayList<>(mail.headers().keySet());
        List<String> values = names.stream().map(mail.headers()::get).toList();
        long id = db.sql("""
                        insert into mail.outbox (recipient, subject, text_body, html_body, headers)
                        values (:recipient, :subject, :text, :html, jsonb_object(cast(:names as text[]), cast(:values as text[])))
                        returning id""")
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", mail.textBody())
                .param("html", mail.htmlBody())
                .param("names", names.toArray(String[]::new))
                .param("values", values.toArray(String[]::new))
                .query(Long.class)
                .single();
        log.info("Queued e-mail #{} to {}: {}", id, mail.recipient(), mail.subject());
        // sent as soon as the change is committed, rather than at the next poll
        sender.kickAfterCommit();
        return id;
    }
}
