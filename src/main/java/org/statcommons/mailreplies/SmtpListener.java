package org.statcommons.mailreplies;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The SMTP listener replies by e-mail can arrive at, when {@code statcommons.mail-replies.smtp.enabled}: a
 * receiving mail exchanger for the reply domain only (no relaying, no sign-in), built on SubEthaSMTP. What it takes
 * goes where the IMAP mailbox's messages go ({@link SmtpReply}, {@link InboundMail}) and is posted at once, on
 * the application's task executor ({@link ProcessingWaker}); the scheduled run of {@link ReplyMailbox} takes up
 * anything that could not be posted then.
 */
@Component
class SmtpListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpListener.class);
    /** One reply address per message: a second recipient is told to come again in its own transaction (452). */
    private static final int MAX_RECIPIENTS = 1;

    private final MailReplyProperties properties;
    private final InboundMail inbound;
    private final ReplyAddresses addresses;
    private final SenderRates rates;
    private final ProcessingWaker posting;
    private SMTPServer server;
    private SessionLimits limits;

    SmtpListener(
            MailReplyProperties properties,
            InboundMail inbound,
            ReplyAddresses addresses,
            ProcessReplies replies,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock) {
        this.properties = properties;
        this.posting = new ProcessingWaker(executor, () -> replies.processWaiting());
        this.inbound = inbound;
        this.addresses = addresses;
        this.rates = new SenderRates(properties.smtp().messagesPerMinute(), clock);
    }

    @Override
    public synchronized void start() {
        MailReplyProperties.Smtp smtp = properties.smtp();
        if (!smtp.enabled()) {
            return;
        }
        if (!properties.repliesOn()) {
            log.warn("The SMTP listener for replies is not started: no reply domain is set, so no address is live");
            return;
        }
        limits = new SessionLimits(smtp.maxConnectionsPerSender(), smtp.longestConnection());
        try {
            SMTPServer.Builder builder = SMTPServer.port(smtp.port())
                    .bindAddress(InetAddress.getByName(smtp.bindAddress()))
                    .hostName(properties.domain())
                    .softwareName("StatCommons")
                    .messageHandlerFactory(context -> new SmtpReply(
                            inbound,
                            addresses,
                            rates,
                            ((InetSocketAddress) context.getRemoteAddress()).getAddress(),
                            properties.domain(),
                            posting::wake))
                    .maxConnections(smtp.maxConnections())
                    .sessionHandler(limits)
                    .connectionTimeout(60, TimeUnit.SECONDS)
                    .maxRecipients(MAX_RECIPIENTS)
                    .maxMessageSize((int)
                            Math.min(Integer.MAX_VALUE, properties.maxSize().toBytes()))
                    // a Received line with the time would make the same message without a Message-ID new each time
                    .insertReceivedHeaders(false);
            if (!smtp.tlsKeystore().isBlank()) {
                builder.enableTLS().startTlsSocketFactory(tls(Path.of(smtp.tlsKeystore()), smtp.tlsKeystorePassword()));
            }
            server = builder.build();
            server.start();
            log.info(
                    "Replies by e-mail are taken by SMTP on {}:{}{}",
                    smtp.bindAddress(),
                    server.getPortAllocated(),
                    smtp.tlsKeystore().isBlank() ? "" : " (STARTTLS offered)");
        } catch (IOException | GeneralSecurityException e) {
            limits.close();
            throw new IllegalStateException("The SMTP listener for replies could not start: " + e.getMessage(), e);
        }
    }

    /** The certificate and key of a PKCS #12 keystore, offered to clients that ask for STARTTLS. */
    static SSLContext tls(Path keystore, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            limits.close();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** The port listened on (the one chosen by the system when the setting is 0); -1 when not listening. */
    synchronized int port() {
        return isRunning() ? server.getPortAllocated() : -1;
    }
}
