package org.statcommons.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A member answers a notification e-mail and the answer appears in the discussion or the comment thread, its quoted
 * text left out, once however often the mailbox hands it over; a forged sender, a stopped address, a person who
 * lost access and a message over the size limit get a bounce and post nothing. Replies arrive in a GreenMail IMAP
 * mailbox, which the server reads every second here, or at the server's own SMTP listener, which refuses in the
 * conversation what it can judge there.
 */
@StatCommonsIntegrationTest
@TestPropertySource(
        properties = {
            "statcommons.mail-replies.domain=replies.test",
            "statcommons.mail-replies.poll-interval=PT1S",
            "statcommons.mail-replies.max-size=1MB",
            "statcommons.mail-replies.imap.ssl=false",
            "statcommons.mail-replies.imap.username=replies",
            "statcommons.mail-replies.imap.password=mailbox secret",
            "statcommons.mail-replies.smtp.enabled=true",
            "statcommons.mail-replies.smtp.port=0"
        })
class ReplyByMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final GreenMail IMAP = new GreenMail(new ServerSetup(0, "127.0.0.1", "imap").dynamicPort());
    private static final GreenMailUser MAILBOX;

    static {
        IMAP.start();
        MAILBOX = IMAP.setUser("replies@replies.test", "replies", "mailbox secret");
    }

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("statcommons.mail-replies.imap.host", () -> "127.0.0.1");
        registry.add("statcommons.mail-replies.imap.port", () -> IMAP.getImap().getPort());
    }

    @AfterAll
    static void stopMailbox() {
        IMAP.stop();
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    SmtpListener listener;

    /** A community where Ana starts discussions and Ivo hears of everything at once. */
    private record Setting(Community community, Account ana, Account ivo, Visitor anaWeb, Visitor ivoWeb) {}

    private Setting setting() {
        Community community = fixtures.community("Census by mail");
        Account ana = fixtures.member(community, "Ana Starter", CommunityRole.FACILITATOR);
        Account ivo = fixtures.member(community, "Ivo Replier", CommunityRole.MEMBER);
        Visitor anaWeb = fixtures.signedIn(ana);
        Visitor ivoWeb = fixtures.signedIn(ivo);
        for (Visitor visitor : List.of(anaWeb, ivoWeb)) {
            Page saved = visitor.submitNoFollow(
                    "/account/notifications", "/account/notifications", fields("default", "IMMEDIATE"));
            assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        }
        return new Setting(community, ana, ivo, anaWeb, ivoWeb);
    }

    /** Ana starts a discussion naming someone, who is told of it (a new discussion tells no one else). */
    private long startDiscussion(Setting s, String title, Account named) {
        String base = "/c/" + s.community().slug() + "/discussions";
        String body = "What do you think, @\"" + named.displayName() + "\"?";
        Page started =
                s.anaWeb().submitNoFollow(base + "/new", base, fields("title", title, "body", body, "topic", ""));
        Matcher id = DISCUSSION.matcher(started.location());
        assertThat(id.find()).as(started.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The Reply-To of the last notification e-mail to this person about this title. */
    private static String replyAddress(Account to, String title) throws Exception {
        new Mailbox(smtp).await(to.email(), title);
        MimeMessage notice = Arrays.stream(smtp.getReceivedMessages())
                .filter(m ->
                        recipient(m).equalsIgnoreCase(to.email()) && subject(m).contains(title))
                .reduce((first, second) -> second)
                .orElseThrow();
        String[] replyTo = notice.getHeader("Reply-To");
        assertThat(replyTo).as("the notification carries a reply address").hasSize(1);
        assertThat(replyTo[0]).matches("reply\\+[A-Za-z0-9_-]{43}@replies\\.test");
        assertThat(new Mailbox(smtp).await(to.email(), title).body()).startsWith("Reply to this e-mail to answer");
        return replyTo[0];
    }

    private static MimeMessage reply(String from, String to, String text, String charset) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject("Re: a notification");
        message.setText(text, charset);
        message.saveChanges();
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.test>");
        return message;
    }

    /** Puts the message in the mailbox and waits until the server took it. */
    private static void deliver(MimeMessage message) {
        MAILBOX.deliver(message);
        await().atMost(PATIENCE).until(() -> IMAP.getReceivedMessages().length == 0);
    }

    /** Waits until no stored reply is waiting any more. */
    private void awaitAllHandled() {
        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from mailreplies.inbound where status = 'RECEIVED'")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private List<String> posts(long threadId) {
        return db.sql("select body from discussions.posts where thread_id = ? order by id")
                .param(threadId)
                .query(String.class)
                .list();
    }

    @Test
    void aMemberAnswersANotificationByEmailOnceWithTheQuoteLeftOut() throws Exception {
        Setting s = setting();
        long thread = startDiscussion(s, "Weights for 2027", s.ivo());
        String address = replyAddress(s.ivo(), "Weights for 2027");

        MimeMessage answer = reply(
                s.ivo().email(),
                address,
                "I agree with the weights.\n\nOn Sat, 5 Dec 2026 at 10:00, StatCommons <" + address + "> wrote:\n"
                        + "> Reply to this e-mail to answer\n> Ana Starter mentioned you in “Weights for 2027”\n",
                "UTF-8");
        deliver(answer);
        await().atMost(PATIENCE).until(() -> posts(thread).size() == 2);
        assertThat(posts(thread).get(1)).isEqualTo("I agree with the weights.");
        Mailbox.Mail confirmation = new Mailbox(smtp).await(s.ivo().email(), "Your reply was posted");
        assertThat(confirmation.body()).contains("/c/" + s.community().slug() + "/discussions/" + thread + "#post-");

        deliver(answer);
        deliver(answer);
        awaitAllHandled();
        assertThat(posts(thread)).as("the same message three times is one post").hasSize(2);

        deliver(reply(s.ivo().email(), address, "Données “pondérées” – 5 €, d’accord.", "windows-1252"));
        await().atMost(PATIENCE).until(() -> posts(thread).size() == 3);
        assertThat(posts(thread).get(2)).isEqualTo("Données “pondérées” – 5 €, d’accord.");
    }

    @Test
    void aForgedSenderARevokedAddressAndALostMembershipGetABounceAndPostNothing() throws Exception {
        Setting s = setting();
        long thread = startDiscussion(s, "Sampling frames", s.ivo());
        String address = replyAddress(s.ivo(), "Sampling frames");

        String forger = Fixtures.uniqueEmail("forger");
        deliver(reply(forger, address, "Forged words.", "UTF-8"));
        assertThat(new Mailbox(smtp).await(forger, "Your reply was not posted").body())
                .contains("was sent to another e-mail address");

        Account removed = fixtures.member(s.community(), "Rana Removed", CommunityRole.MEMBER);
        fixtures.signedIn(removed)
                .submitNoFollow("/account/notifications", "/account/notifications", fields("default", "IMMEDIATE"));
        long second = startDiscussion(s, "Frames again", removed);
        String removedAddress = replyAddress(removed, "Frames again");
        fixtures.remove(s.community(), removed);
        deliver(reply(removed.email(), removedAddress, "Words after leaving.", "UTF-8"));
        assertThat(new Mailbox(smtp)
                        .await(removed.email(), "Your reply was not posted")
                        .body())
                .contains("You may no longer reply there.");

        db.sql("update identity.accounts set interface_language = 'fr' where id = ?")
                .param(s.ivo().id())
                .update();
        Page revoked = s.ivoWeb().submitNoFollow("/account/notifications", "/account/reply-addresses/revoke", fields());
        assertThat(revoked.status()).isEqualTo(302);
        deliver(reply(s.ivo().email(), address, "Words to a stopped address.", "UTF-8"));
        assertThat(new Mailbox(smtp)
                        .await(s.ivo().email(), "Votre réponse n’a pas été publiée")
                        .body())
                .contains("Cette adresse de réponse ne fonctionne plus");

        assertThat(posts(thread)).as("only the opening post").hasSize(1);
        assertThat(posts(second)).hasSize(1);
    }

    @Test
    void aReplyToAPageCommentGoesInItsThreadAndAnAttachmentIsLeftOut() throws Exception {
        Setting s = setting();
        fixtures.page(s.anaWeb(), s.community(), "methods", "Methods", "Our methods.");
        String space = Fixtures.space(s.community());
        Page commented = s.ivoWeb()
                .submitNoFollow(
                        space + "/methods",
                        "/c/" + s.community().slug() + "/page-comments/methods",
                        fields("body", "Is table 3 right, @\"" + s.ana().displayName() + "\"?"));
        assertThat(commented.status()).as(commented.body()).isEqualTo(302);
        String address = replyAddress(s.ana(), "mentioned you");

        MimeMessage answer = reply(s.ana().email(), address, "", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Yes, it is.\n-- \nAna", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[] {1, 2, 3}, "application/octet-stream");
        file.setFileName("table.xlsx");
        answer.setContent(new MimeMultipart(text, file));
        answer.saveChanges();
        answer.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.test>");
        deliver(answer);

        await().atMost(PATIENCE)
                .until(() -> db.sql("select body from comments.comments where author_id = ? order by id desc limit 1")
                        .param(s.ana().id())
                        .query(String.class)
                        .optional()
                        .filter("Yes, it is."::equals)
                        .isPresent());
        assertThat(new Mailbox(smtp)
                        .await(s.ana().email(), "Your reply was posted")
                        .body())
                .contains("1 attachment was left out");
    }

    @Test
    void aMessageOverTheSizeLimitIsRefusedUnread() throws Exception {
        Setting s = setting();
        long thread = startDiscussion(s, "Large annex", s.ivo());
        String address = replyAddress(s.ivo(), "Large annex");
        MimeMessage answer = reply(s.ivo().email(), address, "", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See the annex.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[2 * 1024 * 1024], "application/octet-stream");
        file.setFileName("annex.bin");
        answer.setContent(new MimeMultipart(text, file));
        answer.saveChanges();
        deliver(answer);

        assertThat(new Mailbox(smtp)
                        .await(s.ivo().email(), "Your reply was not posted")
                        .body())
                .contains("larger than 1 MB");
        assertThat(db.sql("select count(*) from mailreplies.inbound where raw is not null and sender = ?")
                        .param(s.ivo().email())
                        .query(Long.class)
                        .single())
                .as("never stored")
                .isZero();
        assertThat(posts(thread)).hasSize(1);
    }

    @Test
    void aReplyToTheSmtpListenerIsPostedOnceHoweverOftenItIsSent() throws Exception {
        Setting s = setting();
        long thread = startDiscussion(s, "Weights by SMTP", s.ivo());
        String address = replyAddress(s.ivo(), "Weights by SMTP");
        MimeMessage answer = reply(
                s.ivo().email(),
                address,
                "Sent straight to the server.\n\n> Reply to this e-mail to answer\n",
                "UTF-8");

        Properties client = new Properties();
        client.put("mail.smtp.host", "127.0.0.1");
        client.put("mail.smtp.port", String.valueOf(listener.port()));
        client.put("mail.smtp.from", s.ivo().email());
        for (int time = 0; time < 2; time++) {
            try (Transport transport = Session.getInstance(client).getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(answer, answer.getAllRecipients());
            }
        }

        await().atMost(PATIENCE).until(() -> posts(thread).size() == 2);
        assertThat(new Mailbox(smtp)
                        .await(s.ivo().email(), "Your reply was posted")
                        .body())
                .contains("/c/" + s.community().slug() + "/discussions/" + thread + "#post-");
        assertThat(db.sql("select count(*) from mailreplies.inbound where message_id = ?")
                        .param(answer.getMessageID())
                        .query(Long.class)
                        .single())
                .as("sent twice, stored once")
                .isOne();
        awaitAllHandled();
        assertThat(posts(thread)).containsExactly(posts(thread).get(0), "Sent straight to the server.");
    }

    @Test
    void theSmtpListenerRefusesUnknownAddressesOtherDomainsAndOversizeMessagesInTheConversation() throws Exception {
        Setting s = setting();
        long thread = startDiscussion(s, "Refused at the door", s.ivo());
        String address = replyAddress(s.ivo(), "Refused at the door");
        String stranger = Fixtures.uniqueEmail("stranger");
        try (SmtpDialogue door = new SmtpDialogue(listener.port())) {
            assertThat(door.say("EHLO client.test")).startsWith("250");
            assertThat(door.say("MAIL FROM:<" + stranger + ">")).startsWith("250");
            assertThat(door.say("RCPT TO:<reply+" + "A".repeat(43) + "@replies.test>"))
                    .startsWith("550 5.1.1");
            assertThat(door.say("RCPT TO:<someone@elsewhere.test>")).startsWith("550 5.7.1");
            assertThat(door.say("DATA")).as("no recipient was taken").startsWith("503");
            assertThat(door.say("RSET")).startsWith("250");

            assertThat(door.say("MAIL FROM:<" + s.ivo().email() + ">")).startsWith("250");
            assertThat(door.say("RCPT TO:<" + address + ">")).startsWith("250");
            assertThat(door.say("RCPT TO:<" + address + ">"))
                    .as("one reply per message")
                    .startsWith("452");
            assertThat(door.say("DATA")).startsWith("354");
            StringBuilder huge = new StringBuilder("From: " + s.ivo().email() + "\r\nTo: " + address
                    + "\r\nSubject: Re: a notification\r\n\r\nSee the annex.\r\n");
            String line = "x".repeat(998) + "\r\n";
            while (huge.length() < 2 * 1024 * 1024) {
                huge.append(line);
            }
            assertThat(door.say(huge + ".")).as("over the 1 MB limit").startsWith("552 5.3.4");
            assertThat(door.say("NOOP")).as("the conversation goes on").startsWith("250");
        }

        Page revoked = s.ivoWeb().submitNoFollow("/account/notifications", "/account/reply-addresses/revoke", fields());
        assertThat(revoked.status()).isEqualTo(302);
        try (SmtpDialogue door = new SmtpDialogue(listener.port())) {
            door.say("HELO client.test");
            door.say("MAIL FROM:<" + s.ivo().email() + ">");
            assertThat(door.say("RCPT TO:<" + address + ">")).startsWith("550 5.1.1");
        }
        assertThat(db.sql("select count(*) from mailreplies.inbound where sender in (?, ?)")
                        .params(s.ivo().email(), stranger)
                        .query(Long.class)
                        .single())
                .as("nothing stored, so no bounce either")
                .isZero();
        assertThat(posts(thread)).hasSize(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
