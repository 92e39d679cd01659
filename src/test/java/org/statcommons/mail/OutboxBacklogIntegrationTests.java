package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * A backlog larger than one run (a newsletter to thousands) drains without waiting for the next poll: with
 * the poll an hour apart, only the runs that follow each other can deliver it all.
 */
@StatCommonsIntegrationTest
@TestPropertySource(properties = "statcommons.mail.poll-interval=PT1H")
class OutboxBacklogIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Outbox outbox;

    @Test
    void aBacklogOfSeveralRunsIsDeliveredWithoutWaitingForThePoll() {
        // three runs of 100: the second and third only follow because the one before found a full run
        List<OutgoingMail> mails = IntStream.range(0, 201)
                .mapToObj(i -> OutgoingMail.text("backlog" + i + "@example.org", "Backlog", "Message " + i))
                .toList();

        outbox.enqueueAll(mails);

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(smtp.getReceivedMessages()).hasSize(201));
    }
}
