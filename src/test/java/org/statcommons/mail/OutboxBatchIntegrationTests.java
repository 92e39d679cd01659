package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/** Many messages stored with one statement: each keeps its own headers, ids come back in order, all or none. */
@StatCommonsIntegrationTest
class OutboxBatchIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyMessageOfABatchArrivesWithItsOwnHeaders() throws Exception {
        List<OutgoingMail> mails = List.of(
                OutgoingMail.text("batch.one@example.org", "Batch", "First")
                        .withHeader("List-Unsubscribe", "<https://example.org/u/1>"),
                OutgoingMail.text("batch.two@example.org", "Batch", "Second").withHtml("<p>Second</p>"),
                OutgoingMail.text("batch.three@example.org", "Batch", "Third")
                        .withHeader("List-Unsubscribe", "<https://example.org/u/3>")
                        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));

        List<Long> ids = outbox.enqueueAll(mails);

        assertThat(ids).hasSize(3).isSorted();
        assertThat(ids.stream()
                        .map(id -> db.sql("select recipient from mail.outbox where id = ?")
                                .param(id)
                                .query(String.class)
                                .single())
                        .toList())
                .containsExactly("batch.one@example.org", "batch.two@example.org", "batch.three@example.org");
        MimeMessage one = received("batch.one@example.org");
        MimeMessage two = received("batch.two@example.org");
        MimeMessage three = received("batch.three@example.org");
        assertThat(one.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/u/1>");
        assertThat(one.getHeader("List-Unsubscribe-Post")).isNull();
        assertThat(two.getHeader("List-Unsubscribe")).isNull();
        assertThat(two.getContentType()).startsWith("multipart/");
        assertThat(three.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/u/3>");
        assertThat(three.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aBatchCarriesCalendarPartsAndHeadersWithQuotesAsTheyWere() throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        List<Long> ids = outbox.enqueueAll(List.of(
                OutgoingMail.text("batch.invite@example.org", "Invitation", "See the calendar")
                        .withCalendar("REQUEST", calendar),
                OutgoingMail.text("batch.quoted@example.org", "Quoted", "x")
                        .withHeader("List-Id", "\"Quoted\" \\ list <q.example.org>")));

        assertThat(db.sql("select calendar_method from mail.outbox where id = ?")
                        .param(ids.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("REQUEST");
        assertThat(db.sql("select calendar from mail.outbox where id = ?")
                        .param(ids.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo(calendar);
        assertThat(db.sql("select calendar is null from mail.outbox where id = ?")
                        .param(ids.get(1))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(received("batch.invite@example.org").getContentType()).startsWith("multipart/mixed");
        assertThat(received("batch.quoted@example.org").getHeader("List-Id", null))
                .isEqualTo("\"Quoted\" \\ list <q.example.org>");
    }

    /** A large batch queued first does not hold back a message queued alone after it: the batches take turns. */
    @Test
    void aMessageQueuedAloneIsNotHeldBehindALargeBatch() throws Exception {
        List<OutgoingMail> newsletter = IntStream.range(0, 60)
                .mapToObj(i -> OutgoingMail.text("reader" + i + ".turns@example.org", "Newsletter", "Issue " + i))
                .toList();
        outbox.enqueueAll(newsletter);
        outbox.enqueue(OutgoingMail.text("alone.turns@example.org", "Your sign-in link", "Here it is"));

        received("alone.turns@example.org");
        long newsletterSent = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().endsWith(".turns@example.org")
                                && message.getSubject().equals("Newsletter");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        // the sender may have claimed the newsletter's first few before the single message was stored
        assertThat(newsletterSent).isLessThan(10);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> smtp.getReceivedMessagesForDomain("reader59.turns@example.org").length == 1);
    }

    @Test
    void aBatchInARolledBackChangeIsNeverStored() {
        long before =
                db.sql("select count(*) from mail.outbox").query(Long.class).single();
        transaction.executeWithoutResult(status -> {
            outbox.enqueueAll(List.of(
                    OutgoingMail.text("never.one@example.org", "Never", "x"),
                    OutgoingMail.text("never.two@example.org", "Never", "y")));
            status.setRollbackOnly();
        });
        assertThat(db.sql("select count(*) from mail.outbox").query(Long.class).single())
                .isEqualTo(before);
        assertThat(outbox.enqueueAll(List.of())).isEmpty();
    }

    private static MimeMessage received(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessagesForDomain(recipient).length == 1);
        return Arrays.stream(smtp.getReceivedMessagesForDomain(recipient))
                .findFirst()
                .orElseThrow();
    }
}
