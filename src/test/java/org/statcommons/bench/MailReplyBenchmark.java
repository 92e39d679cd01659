package org.statcommons.bench;

import static org.statcommons.support.Visitor.fields;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.mailreplies.InboundMail;
import org.statcommons.mailreplies.ReplyAddresses;
import org.statcommons.platform.activity.Subject;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Reply-by-e-mail benchmark (not a test). 1,000 replies by 20 members to one discussion, each with a quoted
 * notification below it, are queued at once (one transaction through {@code InboundMail}, as the mailbox reader
 * stores them) and handled by the server's own worker: parsed, quote stripped, posted through the discussion's use
 * case with its notices, a confirmation queued. Then the same again on a second server that is stopped while it
 * works and started again on the same data: every reply is posted exactly once. Finally the 1,000 messages are
 * handed over once more (a mailbox read twice): none is stored again. Between, 1,000 more are sent to the server's
 * SMTP listener over one connection, as a mail host would, and handled. Run with {@code bench/mail-replies.sh}.
 */
public final class MailReplyBenchmark {

    private static final int REPLIES = 1_000;
    private static final int MEMBERS = 20;
    private static final String[] SETTINGS = {
        "statcommons.db.embedded-fsync=false",
        "statcommons.mail-replies.domain=replies.bench",
        "statcommons.mail-replies.poll-interval=PT1S",
        "statcommons.moderation.new-account-age=PT0S",
        "statcommons.moderation.new-account-posts=0",
        "statcommons.moderation.posts-per-minute=100000",
        "statcommons.moderation.posts-per-hour=100000"
    };
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)");
    private static final List<String[]> ROWS = new ArrayList<>();

    private MailReplyBenchmark() {}

    /** The discussion the replies go to, and the messages that answer it. */
    private record Queue(long threadId, List<byte[]> messages) {}

    public static void main(String[] args) throws Exception {
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        String[] withListener = Stream.concat(
                        Stream.of(SETTINGS),
                        Stream.of(
                                "statcommons.mail-replies.smtp.enabled=true",
                                "statcommons.mail-replies.smtp.port=" + smtpPort,
                                // one client sends all: the per-sender limit would make it wait (450)
                                "statcommons.mail-replies.smtp.messages-per-minute=100000"))
                .toArray(String[]::new);
        try (BenchServer server = BenchServer.start("mail-replies", args, withListener)) {
            ConfigurableApplicationContext app = server.app();
            Queue queue = prepare(app, "run");
            long start = System.nanoTime();
            Duration cpuBefore = cpu(server.dataDir());
            enqueue(app, queue);
            awaitHandled(app, System.nanoTime() + 600_000_000_000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = cpu(server.dataDir()).minus(cpuBefore).toMillis() / 1000.0;
            report("1,000 queued replies, handled by the running server", app, queue, seconds);
            ROWS.get(ROWS.size() - 1)[5] += String.format(Locale.ROOT, " (%.1f CPU s)", cpu);

            Queue bySmtp = prepare(app, "smtp");
            start = System.nanoTime();
            cpuBefore = cpu(server.dataDir());
            sendBySmtp(smtpPort, bySmtp);
            double sent = (System.nanoTime() - start) / 1e9;
            awaitHandled(app, System.nanoTime() + 600_000_000_000L);
            seconds = (System.nanoTime() - start) / 1e9;
            cpu = cpu(server.dataDir()).minus(cpuBefore).toMillis() / 1000.0;
            report(
                    String.format(Locale.ROOT, "1,000 replies sent to the SMTP listener (all taken in %.1f s)", sent),
                    app,
                    bySmtp,
                    seconds);
            ROWS.get(ROWS.size() - 1)[5] += String.format(Locale.ROOT, " (%.1f CPU s)", cpu);
        }
        BenchServer first = BenchServer.start("mail-replies-stop", args, SETTINGS);
        BenchServer second = null;
        try {
            Queue queue = prepare(first.app(), "stop");
            long start = System.nanoTime();
            enqueue(first.app(), queue);
            JdbcClient db = first.app().getBean(JdbcClient.class);
            while (posted(db, queue.threadId()) < REPLIES / 3) {
                Thread.sleep(50);
            }
            long atStop = posted(db, queue.threadId());
            second = first.restart(args, SETTINGS);
            ConfigurableApplicationContext app = second.app();
            awaitHandled(app, System.nanoTime() + 600_000_000_000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            report("The same, the server stopped after " + atStop + " posts and started again", app, queue, seconds);
            InboundMail inbound = app.getBean(InboundMail.class);
            long stored = queue.messages().stream().filter(inbound::receive).count();
            ROWS.add(new String[] {"The 1,000 messages handed over again", stored + " stored again", "", "", "", ""});
        } finally {
            (second != null ? second : first).close();
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "| %-66s | %-14s | %-7s | %-10s | %-7s | %-22s |%n",
                "Run",
                "Posted",
                "Bounced",
                "Duplicates",
                "Seconds",
                "Replies/s (CPU)");
        System.out.println("|" + "-".repeat(68) + "|" + "-".repeat(16) + "|" + "-".repeat(9) + "|" + "-".repeat(12)
                + "|" + "-".repeat(9) + "|" + "-".repeat(24) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-66s | %-14s | %-7s | %-10s | %-7s | %-22s |%n", (Object[]) row);
        }
        System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average at the end "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + "; CPU s: the server's process and its PostgreSQL's, while the replies were handled)");
    }

    /** A community, a discussion, its members' reply addresses, and one message per reply. */
    private static Queue prepare(ConfigurableApplicationContext app, String name) {
        Fixtures fixtures = Fixtures.of(app);
        Community community = fixtures.community("Replies " + name);
        Account ana = fixtures.member(community, "Ana Bench", CommunityRole.FACILITATOR);
        String base = "/c/" + community.slug() + "/discussions";
        Visitor anaWeb = fixtures.signedIn(ana);
        Matcher id = DISCUSSION.matcher(anaWeb.submitNoFollow(
                        base + "/new", base, fields("title", "Weights", "body", "What do you think?", "topic", ""))
                .location());
        if (!id.find()) {
            throw new IllegalStateException("The discussion was not started");
        }
        long threadId = Long.parseLong(id.group(1));
        List<Account> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(fixtures.member(community, "Member " + name + " " + i, CommunityRole.MEMBER));
        }
        Map<Long, String> addresses = app.getBean(TransactionTemplate.class)
                .execute(status -> app.getBean(ReplyAddresses.class)
                        .issue(
                                members.stream().map(Account::id).toList(),
                                community.id(),
                                Subject.of("thread", threadId)));
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < REPLIES; i++) {
            Account from = members.get(i % MEMBERS);
            messages.add(("From: " + from.displayName() + " <" + from.email() + ">\r\n"
                            + "To: <" + addresses.get(from.id()) + ">\r\n"
                            + "Message-ID: <bench-" + name + "-" + i + "@client.bench>\r\n"
                            + "Subject: Re: [Replies] Ana Bench mentioned you in “Weights”\r\n"
                            + "MIME-Version: 1.0\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                            + "Reply number " + i + ": the weights look right to me.\r\n\r\n"
                            + "On Sat, 5 Dec 2026 at 10:00, StatCommons <" + addresses.get(from.id()) + "> wrote:\r\n"
                            + "> Reply to this e-mail to answer\r\n"
                            + "> Ana Bench mentioned you in “Weights”\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Queue(threadId, messages);
    }

    /** Over one SMTP connection, as a sending mail host would, each message taken before the next is sent. */
    private static void sendBySmtp(int port, Queue queue) throws MessagingException {
        Properties client = new Properties();
        client.put("mail.smtp.host", "127.0.0.1");
        client.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(client);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (byte[] raw : queue.messages()) {
                MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    /** All at once, in one transaction: the worker sees 1,000 waiting replies. */
    private static void enqueue(ConfigurableApplicationContext app, Queue queue) {
        InboundMail inbound = app.getBean(InboundMail.class);
        app.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> queue.messages().forEach(inbound::receive));
    }

    private static void awaitHandled(ConfigurableApplicationContext app, long deadline) throws InterruptedException {
        JdbcClient db = app.getBean(JdbcClient.class);
        while (db.sql("select count(*) from mailreplies.inbound where status = 'RECEIVED'")
                        .query(Long.class)
                        .single()
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Replies still waiting after 10 minutes");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Processor time spent so far by this process (the server, its listeners and workers) and by the embedded
     * PostgreSQL of this data directory: a figure the other work on a shared machine does not change.
     */
    private static Duration cpu(Path dataDir) {
        Duration server = Duration.ofNanos(
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
        Duration database = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(line -> line.contains(dataDir.toString()))
                        .orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        return server.plus(database);
    }

    private static long posted(JdbcClient db, long threadId) {
        // the opening post is not a reply
        return db.sql("select count(*) - 1 from discussions.posts where thread_id = ?")
                .param(threadId)
                .query(Long.class)
                .single();
    }

    private static void report(String run, ConfigurableApplicationContext app, Queue queue, double seconds) {
        JdbcClient db = app.getBean(JdbcClient.class);
        long posted = posted(db, queue.threadId());
        long distinct = db.sql("select count(distinct body) - 1 from discussions.posts where thread_id = ?")
                .param(queue.threadId())
                .query(Long.class)
                .single();
        long bounced = db.sql("select count(*) from mailreplies.inbound where status = 'BOUNCED'")
                .query(Long.class)
                .single();
        ROWS.add(new String[] {
            run,
            posted + " of " + queue.messages().size(),
            Long.toString(bounced),
            Long.toString(posted - distinct),
            String.format(Locale.ROOT, "%.1f", seconds),
            String.format(Locale.ROOT, "%.0f", posted / seconds)
        });
    }
}
