package org.statcommons.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.statcommons.support.CpuTime;
import org.statcommons.support.TestClock;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.RejectException;

/**
 * What the SMTP listener decides without the database: the size of a message read in linear time, a recipient of
 * another domain refused, a sender over its rate told to wait. The conversation itself is tested end to end in
 * {@link ReplyByMailIntegrationTests}.
 */
class SmtpReplyTests {

    private static final int LIMIT = 10 * 1024 * 1024;

    /** {@code size} bytes of the letter x, made as they are read. */
    private static InputStream bytes(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static Optional<byte[]> read(InputStream data) {
        try {
            return SmtpReply.readAtMost(data, LIMIT);
        } catch (IOException | DropConnectionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMessageAtTheLimitIsKeptWholeAndOneByteMoreIsReadToItsEndAndRefusedInLinearTime() {
        CpuTime.Measured<Optional<byte[]>> atLimit = CpuTime.of(() -> read(bytes(LIMIT)));
        assertThat(atLimit.result()).hasValueSatisfying(raw -> assertThat(raw).hasSize(LIMIT));
        assertThat(atLimit.cpu()).isLessThan(Duration.ofSeconds(2));

        InputStream over = bytes(LIMIT * (long) SmtpReply.DRAIN_FACTOR);
        CpuTime.Measured<Optional<byte[]>> drained = CpuTime.of(() -> read(over));
        assertThat(drained.result()).as("refused").isEmpty();
        assertThat(drained.cpu()).as("40 MB read and let go").isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aMessageFarOverTheLimitLosesItsConnectionWithA552() {
        assertThatThrownBy(() -> SmtpReply.readAtMost(bytes(LIMIT * (long) SmtpReply.DRAIN_FACTOR + 1), LIMIT))
                .isInstanceOfSatisfying(
                        DropConnectionException.class,
                        e -> assertThat(e.getCode()).isEqualTo(552));
        assertThat(read(new ByteArrayInputStream(new byte[0])))
                .hasValueSatisfying(raw -> assertThat(raw).isEmpty());
    }

    @Test
    void recipientsOfOtherDomainsAndAddressesThatAreNoReplyAddressesGet550UntilTooManyCloseTheConnection()
            throws Exception {
        SmtpReply transaction = new SmtpReply(
                null,
                null,
                new SenderRates(30, new TestClock()),
                InetAddress.getLoopbackAddress(),
                "replies.test",
                () -> {});
        transaction.from("someone@client.test");
        for (String recipient : new String[] {
            "reply+" + "A".repeat(43) + "@elsewhere.test",
            "postmaster",
            "",
            "ana@replies.test",
            "reply+short@replies.test"
        }) {
            assertThatThrownBy(() -> transaction.recipient(recipient))
                    .as(recipient)
                    .isInstanceOfSatisfying(
                            RejectException.class, e -> assertThat(e.getCode()).isEqualTo(550));
        }
        for (int more = 5; more < SmtpReply.MAX_REFUSED_RECIPIENTS; more++) {
            assertThatThrownBy(() -> transaction.recipient("someone@elsewhere.test"))
                    .isNotInstanceOf(DropConnectionException.class);
        }
        assertThatThrownBy(() -> transaction.recipient("someone@elsewhere.test"))
                .as("one guess too many: the connection is closed")
                .isInstanceOfSatisfying(
                        DropConnectionException.class,
                        e -> assertThat(e.getCode()).isEqualTo(421));
    }

    @Test
    void aSenderOverItsRateWaitsForTheNextMinute() throws Exception {
        TestClock clock = new TestClock();
        SenderRates rates = new SenderRates(3, clock);
        InetAddress busy = InetAddress.getByName("192.0.2.1");
        InetAddress other = InetAddress.getByName("192.0.2.2");
        assertThat(rates.take(busy)).isTrue();
        assertThat(rates.take(busy)).isTrue();
        assertThat(rates.take(busy)).isTrue();
        assertThat(rates.take(busy)).isFalse();
        assertThat(rates.take(other)).as("each address counts alone").isTrue();

        SmtpReply transaction = new SmtpReply(null, null, rates, busy, "replies.test", () -> {});
        assertThatThrownBy(() -> transaction.from("someone@client.test"))
                .isInstanceOfSatisfying(
                        RejectException.class, e -> assertThat(e.getCode()).isEqualTo(450));

        clock.advance(Duration.ofSeconds(61));
        assertThat(rates.take(busy)).isTrue();
    }

    @Test
    void withAKeystoreTheListenerOffersStartTlsAndGoesOnEncrypted(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("smtp.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "smtp",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=replies.test",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "keystore secret")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(keytool.waitFor()).isZero();
        SmtpListener listener = listener(1, Duration.ofMinutes(10), keystore.toString(), "keystore secret");
        listener.start();
        try (SmtpDialogue door = new SmtpDialogue(listener.port())) {
            assertThat(door.hello("client.test")).contains("STARTTLS");
            // the client trusts the listener's own certificate, as a test stands for a certificate authority
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(KeyStore.getInstance(keystore.toFile(), "keystore secret".toCharArray()));
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, trust.getTrustManagers(), null);
            SSLSocket encrypted = door.startTls(client);
            assertThat(encrypted.getSession().getProtocol()).startsWith("TLS");
            assertThat(door.hello("client.test"))
                    .as("the conversation goes on encrypted")
                    .startsWith("250");
            assertThat(door.say("RCPT TO:<someone@replies.test>"))
                    .as("still SMTP")
                    .startsWith("503");
        } finally {
            listener.stop();
        }
        assertThat(listener.isRunning()).isFalse();
    }

    @Test
    void aConnectionOpenTooLongIsClosedAndFreesItsPlace() throws Exception {
        SmtpListener listener = listener(1, Duration.ofSeconds(1), "", "");
        listener.start();
        try {
            try (SmtpDialogue slow = new SmtpDialogue(listener.port())) {
                assertThat(slow.hello("client.test")).startsWith("250");
                assertThat(slow.closedByListener()).as("closed after a second").isTrue();
            }
            // the place is given back when the listener's session thread ends, a moment after the socket closes
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (SmtpDialogue next = new SmtpDialogue(listener.port())) {
                    assertThat(next.hello("client.test"))
                            .as("the one place from this address is free again")
                            .startsWith("250");
                }
            });
        } finally {
            listener.stop();
        }
    }

    /** A listener on a free port of the loopback, with no database behind it: for what is decided before any look-up. */
    private static SmtpListener listener(int perSender, Duration longest, String keystore, String password) {
        MailReplyProperties properties = new MailReplyProperties(
                "replies.test",
                DataSize.ofMegabytes(1),
                new MailReplyProperties.Imap("", 993, true, "", "", "INBOX"),
                new MailReplyProperties.Smtp(true, 0, "127.0.0.1", 5, perSender, 30, longest, keystore, password),
                Duration.ofSeconds(30));
        return new SmtpListener(properties, null, null, null, Runnable::run, new TestClock());
    }
}
