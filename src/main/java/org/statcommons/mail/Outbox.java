package org.statcommons.mail;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a message in the caller's transaction: if the change that caused it rolls back, no message goes;
 * if it commits, the message is safe even while the relay is down.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient db;
    private final OutboxSender sender;
    private final JsonMapper json;

    Outbox(JdbcClient db, OutboxSender sender, JsonMapper json) {
        this.db = db;
        this.sender = sender;
        this.json = json;
    }

    @Transactional
    public long enqueue(OutgoingMail mail) {
        List<String> names = new ArrayList<>(mail.headers().keySet());
        List<String> values = names.stream().map(mail.headers()::get).toList();
        long id = db.sql("""
                        insert into mail.outbox (recipient, subject, text_body, html_body, headers, calendar, calendar_method)
                        values (:recipient, :subject, :text, :html, jsonb_object(cast(:names as text[]), cast(:values as text[])),
                                :calendar, :calendarMethod)
                        returning id""")
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", mail.textBody())
                .param("html", mail.htmlBody())
                .param("names", names.toArray(String[]::new))
                .param("values", values.toArray(String[]::new))
                .param("calendar", mail.calendar() == null ? null : mail.calendar().text())
                .param("calendarMethod", mail.calendar() == null ? null : mail.calendar().method())
                .query(Long.class)
                .single();
        log.info("Queued e-mail #{} to {}: {}", id, mail.recipient(), mail.subject());
        // sent as soon as the change is committed, rather than at the next poll
        sender.kickAfterCommit();
        return id;
    }

    /**
     * Stores many messages with one statement, in the caller's transaction: for notifications that tell
     * thousands of people at once (a post to a large community, a digest run) and newsletters, where one insert
     * per message would be thousands of round trips. All or none. Returns their ids in the order of {@code mails}.
     */
    @Transactional
    public List<Long> enqueueAll(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        // identities are drawn in the order the rows are inserted, which follows "order by n"
        List<Long> ids = db.sql("""
                        with queued as (
                            insert into mail.outbox (recipient, subject, text_body, html_body, headers, calendar, calendar_method)
                            select recipient, subject, text_body, html_body, cast(headers as jsonb), calendar, calendar_method
                              from unnest(cast(:recipients as text[]), cast(:subjects as text[]), cast(:texts as text[]),
                                          cast(:htmls as text[]), cast(:headers as text[]), cast(:calendars as text[]),
                                          cast(:calendarMethods as text[]))
                                   with ordinality as m(recipient, subject, text_body, html_body, headers, calendar, calendar_method, n)
                             order by n
                            returning id)
                        select id from queued order by id""")
                .param("recipients", mails.stream().map(OutgoingMail::recipient).toArray(String[]::new))
                .param("subjects", mails.stream().map(OutgoingMail::subject).toArray(String[]::new))
                .param("texts", mails.stream().map(OutgoingMail::textBody).toArray(String[]::new))
                .param("htmls", mails.stream().map(OutgoingMail::htmlBody).toArray(String[]::new))
                .param("headers", mails.stream().map(mail -> json.writeValueAsString(mail.headers())).toArray(String[]::new))
                .param("calendars", mails.stream().map(mail -> mail.calendar() == null ? null : mail.calendar().text())
                        .toArray(String[]::new))
                .param("calendarMethods", mails.stream().map(mail -> mail.calendar() == null ? null : mail.calendar().method())
                        .toArray(String[]::new))
                .query(Long.class)
                .list();
        log.info("Queued {} e-mails", ids.size());
        sender.kickAfterCommit();
        return ids;
    }
}
