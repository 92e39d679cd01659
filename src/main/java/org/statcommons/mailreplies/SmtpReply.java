package org.statcommons.mailreplies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statcommons.mailreplies.ReplyAddresses.ReplyAddress;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP mail transaction at the listener. Everything that can be judged before the message is read is refused
 * in the conversation, so that no bounce goes to a forged sender: a recipient that is not a live reply address gets
 * {@code 550} at RCPT TO, a sender over its rate {@code 450} at MAIL FROM, a message over the size limit {@code 552}
 * after its data. A message taken is handed to {@link InboundMail#receive}, the entry of the IMAP mailbox too, with
 * the envelope written as a mail host's final delivery writes it ({@code Return-Path}, {@code Delivered-To}).
 */
class SmtpReply implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(SmtpReply.class);

    /**
     * How far past the size limit a message is still read to its end, so that the client hears the {@code 552}
     * (the conversation cannot go on in the middle of a message); a longer one loses its connection.
     */
    static final int DRAIN_FACTOR = 4;

    /**
     * Refused recipients in one transaction before the connection is closed: a mail host has one or two wrong
     * addresses, not dozens; someone trying secrets or addresses one after another is stopped (and each new
     * transaction counts against the sender's rate).
     */
    static final int MAX_REFUSED_RECIPIENTS = 10;

    private final InboundMail inbound;
    private final ReplyAddresses addresses;
    private final SenderRates rates;
    private final InetAddress remote;
    private final String domain;
    /** Told after a message is stored, so that it is posted at once. */
    private final Runnable stored;

    private String returnPath = "";
    private String recipient;
    private int refused;

    SmtpReply(
            InboundMail inbound,
            ReplyAddresses addresses,
            SenderRates rates,
            InetAddress remote,
            String domain,
            Runnable stored) {
        this.inbound = inbound;
        this.stored = stored;
        this.addresses = addresses;
        this.rates = rates;
        this.remote = remote;
        this.domain = domain;
    }

    @Override
    public void from(String from) throws RejectException {
        if (!rates.take(remote)) {
            throw new RejectException(450, "4.7.1 Too many messages from your address, try again later");
        }
        // the address as the client gave it, without anything that could end a header line
        returnPath = from == null ? "" : from.replaceAll("[^\\x21-\\x7e]", "");
    }

    @Override
    public void recipient(String to) throws RejectException {
        if (refused >= MAX_REFUSED_RECIPIENTS) {
            throw new DropConnectionException(421, "4.7.0 Too many wrong recipients, closing");
        }
        String address = to == null ? "" : to.strip();
        int at = address.lastIndexOf('@');
        if (at < 0 || !address.substring(at + 1).equalsIgnoreCase(domain)) {
            throw refusal("5.7.1 Only reply addresses of " + domain + " are taken here");
        }
        Optional<ReplyAddress> found =
                ReplyAddresses.looksLikeOne(address) ? addresses.find(address) : Optional.empty();
        if (found.isEmpty()) {
            throw refusal("5.1.1 No such reply address");
        }
        if (found.get().revoked()) {
            throw refusal("5.1.1 This reply address was stopped by its owner");
        }
        // an address checked above, so nothing in it can break the header it is written in
        recipient = address;
    }

    private RejectException refusal(String reason) {
        refused++;
        return new RejectException(550, reason);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        Optional<byte[]> message = readAtMost(data, inbound.maxSize());
        if (message.isEmpty()) {
            throw new RejectException(552, "5.3.4 Message larger than " + inbound.maxSize() + " bytes");
        }
        byte[] envelope = ("Return-Path: <" + returnPath + ">\r\nDelivered-To: " + recipient + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[envelope.length + message.get().length];
        System.arraycopy(envelope, 0, raw, 0, envelope.length);
        System.arraycopy(message.get(), 0, raw, envelope.length, message.get().length);
        try {
            inbound.receive(raw);
        } catch (RuntimeException e) {
            // not stored: the client keeps the message and tries again later, so nothing is lost
            log.warn("A reply by SMTP could not be stored, the client will retry: {}", e.toString());
            throw new RejectException(451, "4.3.0 Could not be stored now, try again later");
        }
        stored.run();
        return null;
    }

    @Override
    public void done() {
        // nothing held between transactions
    }

    /**
     * The message's bytes, or empty when there are more than {@code limit}; a message refused for its size is still
     * read to its end (discarding it, in linear time) so that the client hears why, unless it goes on past
     * {@link #DRAIN_FACTOR} times the limit.
     */
    static Optional<byte[]> readAtMost(InputStream data, long limit) throws IOException, DropConnectionException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = data.read(buffer)) != -1) {
            total += read;
            if (total <= limit) {
                kept.write(buffer, 0, read);
            } else if (total > limit * DRAIN_FACTOR) {
                throw new DropConnectionException(552, "5.3.4 Message far larger than " + limit + " bytes");
            } else if (kept.size() > 0) {
                // refused now: what was kept is let go while the rest is read
                kept = new ByteArrayOutputStream(0);
            }
        }
        return total <= limit ? Optional.of(kept.toByteArray()) : Optional.empty();
    }
}
