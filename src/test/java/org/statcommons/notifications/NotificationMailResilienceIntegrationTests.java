package org.statcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * Nothing lost, nothing twice: notification e-mails queued while the relay is down all arrive, once each,
 * when it is back (the outbox retries; its delays are shortened here), and two digest runs of the same slot
 * at the same time (two servers) send each person one digest.
 */
@StatCommonsIntegrationTest
@TestPropertySource(
        properties = {
            "statcommons.mail.retry-delay=PT1S",
            "statcommons.mail.max-retry-delay=PT2S",
            "statcommons.mail.poll-interval=PT1S",
            "statcommons.mail.max-attempts=50"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailResilienceIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SendDigests digests;

    private List<Account> members(Community community, String prefix, int count, Choice choice) {
        List<Account> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Account member = fixtures.member(community, prefix + " " + i, CommunityRole.MEMBER);
            db.sql("insert into notifications.people (account_id, default_choice) values (?, ?)")
                    .params(member.id(), choice.name())
                    .update();
            members.add(member);
        }
        return members;
    }

    private void tell(Community community, Account actor, String title) {
        transaction.executeWithoutResult(status ->
                events.publishEvent(Activity.of(ActivityKind.DISCUSSION_STARTED, community.id(), Instant.now())
                        .by(actor.id(), actor.displayName())
                        .title(title)
                        .link("/c/" + community.slug())
                        .visibleTo(Visibility.MEMBERS)
                        .about(Subject.parse("thread:" + title.length()))
                        .tell(Audience.everyMember())
                        .build()));
    }

    private int failedAttempts(Account account) {
        return db.sql("select coalesce(max(attempts), 0) from mail.outbox where recipient = ?")
                .param(account.email())
                .query(Integer.class)
                .single();
    }

    @Test
    void noticesMailedWhileTheRelayIsDownArriveOnceItIsBack() {
        Community community = fixtures.community("Relay down");
        Account actor = fixtures.member(community, "Ana Poster", CommunityRole.FACILITATOR);
        List<Account> members = members(community, "Patient reader", 6, Choice.IMMEDIATE);

        smtp.stop();
        tell(community, actor, "Posted while the relay was down");
        await().atMost(PATIENCE).until(() -> members.stream().allMatch(m -> failedAttempts(m) >= 2));
        assertThat(db.sql("select count(*) from mail.outbox where status = 'PENDING' and recipient = any(?)")
                        .param(members.stream().map(Account::email).toArray(String[]::new))
                        .query(Integer.class)
                        .single())
                .as("kept, waiting for the relay")
                .isEqualTo(6);

        smtp.start();
        Mailbox mailbox = new Mailbox(smtp);
        for (Account member : members) {
            mailbox.await(member.email(), "Posted while the relay was down");
        }
        for (Account member : members) {
            assertThat(mailbox.settled(member.email(), Duration.ofMillis(300), db))
                    .as("exactly once")
                    .hasSize(1);
        }
        assertThat(mailbox.settled(actor.email(), Duration.ofSeconds(2), db))
                .as("never the actor")
                .isEmpty();
    }

    @Test
    void twoServersRunningTheSameDigestSendEachPersonOne() throws Exception {
        Community community = fixtures.community("Two servers");
        Account actor = fixtures.member(community, "Ana Digest Poster", CommunityRole.FACILITATOR);
        List<Account> members = members(community, "Daily reader", 40, Choice.DAILY);
        tell(community, actor, "First news");
        tell(community, actor, "Second news");
        await().atMost(PATIENCE)
                .until(() -> db.sql("""
                        select count(*) from notifications.notices where mailing = 'DIGEST' and account_id = any(?)""")
                                .param(members.stream().map(Account::id).toArray(Long[]::new))
                                .query(Integer.class)
                                .single()
                        == 80);

        Instant slot = Instant.parse("2031-03-03T06:00:00Z");
        Callable<SendDigests.Sent> run = () -> digests.send(DigestPeriod.DAILY, slot);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<SendDigests.Sent> first = servers.submit(run);
            Future<SendDigests.Sent> second = servers.submit(run);
            assertThat(first.get().emails() + second.get().emails()).isGreaterThanOrEqualTo(40);
        } finally {
            servers.shutdown();
        }
        Mailbox mailbox = new Mailbox(smtp);
        for (Account member : members) {
            Mailbox.Mail digest = mailbox.await(member.email(), "daily StatCommons digest");
            assertThat(digest.body()).contains("First news", "Second news");
        }
        for (Account member : members) {
            assertThat(mailbox.settled(member.email(), Duration.ofMillis(50), db))
                    .as("one digest")
                    .hasSize(1);
        }
    }
}
