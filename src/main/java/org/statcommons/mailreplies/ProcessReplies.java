package org.statcommons.mailreplies;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.NotAllowedException;
import org.statcommons.comments.ReplyInThread;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.discussions.PostReply;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.mailreplies.InboundMessages.Status;
import org.statcommons.mailreplies.InboundMessages.Waiting;
import org.statcommons.mailreplies.ReplyAddresses.ReplyAddress;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.i18n.Language;

/**
 * Handles the stored replies, oldest first, each in one transaction with its row locked: the reply is posted
 * through the discussion's or the comment thread's own use case (the web's permission, limits and checks) and
 * marked posted with its confirmation queued, all or nothing, so a stop at any moment leaves it either waiting
 * or posted once. A refusal by that use case rolls its transaction back; the bounce is then written in a second
 * one, which finds the reply still waiting (or handled by another server meanwhile, and then does nothing).
 */
@Service
class ProcessReplies {

    private static final Logger log = LoggerFactory.getLogger(ProcessReplies.class);
    private static final Session PARSING = Session.getInstance(new Properties());

    /** What handling one reply came to; {@code refusal} set when the use case refused it after all. */
    private record Outcome(boolean handled, Long refusedId, String to, Locale language, String refusal) {
        static final Outcome NONE = new Outcome(false, null, null, null, null);
        static final Outcome DONE = new Outcome(true, null, null, null, null);
    }

    private final TransactionTemplate transaction;
    private final InboundMessages inbound;
    private final ReplyAddresses addresses;
    private final Accounts accounts;
    private final Communities communities;
    private final PostReply discussionReplies;
    private final ReplyInThread commentReplies;
    private final ReplyMails mails;

    ProcessReplies(
            TransactionTemplate transaction,
            InboundMessages inbound,
            ReplyAddresses addresses,
            Accounts accounts,
            Communities communities,
            PostReply discussionReplies,
            ReplyInThread commentReplies,
            ReplyMails mails) {
        this.transaction = transaction;
        this.inbound = inbound;
        this.addresses = addresses;
        this.accounts = accounts;
        this.communities = communities;
        this.discussionReplies = discussionReplies;
        this.commentReplies = commentReplies;
        this.mails = mails;
    }

    /**
     * Handles every waiting reply; returns how many. One that fails unexpectedly (not a refusal: a bug, a lost
     * connection) stays waiting for the next run, after the others, so that it cannot hold up the queue.
     */
    int processWaiting() {
        int handled = 0;
        Set<Long> failed = new HashSet<>();
        while (true) {
            long[] current = {0};
            Outcome outcome;
            try {
                outcome = transaction.execute(status -> {
                    Optional<Waiting> next = inbound.claimNext(failed);
                    if (next.isEmpty()) {
                        return Outcome.NONE;
                    }
                    current[0] = next.get().id();
                    Outcome result = handle(next.get());
                    if (result.refusedId() != null) {
                        status.setRollbackOnly();
                    }
                    return result;
                });
            } catch (RuntimeException e) {
                if (current[0] == 0) {
                    throw e;
                }
                log.warn("Reply #{} could not be handled, tried again later: {}", current[0], e.toString());
                failed.add(current[0]);
                transaction.executeWithoutResult(status -> inbound.failed(current[0]));
                continue;
            }
            if (outcome == null || !outcome.handled()) {
                return handled;
            }
            if (outcome.refusedId() != null) {
                transaction.executeWithoutResult(status -> inbound.lockIfWaiting(outcome.refusedId())
                        .ifPresent(waiting -> {
                            mails.refused(outcome.to(), outcome.language(), outcome.refusal());
                            inbound.finish(waiting.id(), Status.BOUNCED, outcome.refusal());
                        }));
            }
            handled++;
        }
    }

    private Outcome handle(Waiting waiting) {
        MimeMessage message;
        InternetAddress from;
        try {
            message = new MimeMessage(PARSING, new ByteArrayInputStream(waiting.raw()));
            Optional<InternetAddress> sender = sender(message);
            if (sender.isEmpty() || automatic(message)) {
                // no one to answer, or a machine (an out-of-office reply, a bounce): answering could loop
                inbound.finish(waiting.id(), Status.DROPPED, "no sender, or sent automatically");
                return Outcome.DONE;
            }
            from = sender.get();
        } catch (MessagingException e) {
            inbound.finish(waiting.id(), Status.DROPPED, "unreadable: " + e.getMessage());
            return Outcome.DONE;
        }
        String to = from.getAddress();
        Optional<ReplyAddress> address = replyAddress(message);
        if (address.isEmpty()) {
            return bounce(waiting, to, senderLanguage(to), Text.of("mailreplies.bounce.unknown"));
        }
        Optional<Account> person = accounts.byId(address.get().accountId());
        Locale language = language(person);
        if (address.get().revoked() || person.isEmpty()) {
            return bounce(waiting, to, language, Text.of("mailreplies.bounce.revoked"));
        }
        if (!person.get().email().equalsIgnoreCase(to)) {
            // a forged From, or a forwarded notification: the bounce goes to the sender, in their words if known
            return bounce(waiting, to, senderLanguage(to), Text.of("mailreplies.bounce.forged"));
        }
        ReplyText text;
        try {
            text = ReplyText.of(message);
        } catch (MessagingException | IOException e) {
            return bounce(waiting, to, language, Text.of("mailreplies.bounce.unreadable"));
        }
        if (text.body().isBlank()) {
            return bounce(waiting, to, language, Text.of("mailreplies.bounce.empty"));
        }
        Optional<Community> community = communities.byId(address.get().communityId());
        if (community.isEmpty() || !person.get().active()) {
            return bounce(waiting, to, language, Text.of("mailreplies.bounce.not-allowed"));
        }
        try {
            String link = post(person.get(), community.get(), address.get(), text.body());
            mails.posted(to, language, link, text.attachments());
            inbound.finish(waiting.id(), Status.POSTED, link);
            return Outcome.DONE;
        } catch (NotAllowedException e) {
            return refused(waiting, to, language, Text.of("mailreplies.bounce.not-allowed"));
        } catch (InvalidInputException e) {
            InvalidInputException.FieldMessage first = e.errors().get(0);
            return first.text() == null
                    ? new Outcome(true, waiting.id(), to, language, first.message())
                    : refused(waiting, to, language, first.text());
        } catch (ConflictException | NotFoundException e) {
            Text reason = e instanceof ConflictException c ? c.text() : ((NotFoundException) e).text();
            return reason == null
                    ? new Outcome(true, waiting.id(), to, language, e.getMessage())
                    : refused(waiting, to, language, reason);
        } catch (TooManyRequestsException e) {
            return new Outcome(true, waiting.id(), to, language, e.getMessage());
        }
    }

    private String post(Account person, Community community, ReplyAddress address, String body) {
        long id = Long.parseLong(address.subject().id());
        return "thread".equals(address.subject().kind())
                ? discussionReplies.replyByMail(person.actor(), community, id, body)
                : commentReplies.replyByMail(person.actor(), community, id, body);
    }

    /** Refused before anything was written: the bounce goes in this transaction. */
    private Outcome bounce(Waiting waiting, String to, Locale language, Text reason) {
        mails.refused(to, language, reason);
        inbound.finish(waiting.id(), Status.BOUNCED, reason.key());
        log.info("Reply {} refused: {}", waiting.messageId(), reason.key());
        return Outcome.DONE;
    }

    /** Refused by the use case, whose transaction is now to be rolled back: the bounce is written after. */
    private static Outcome refused(Waiting waiting, String to, Locale language, Text reason) {
        return new Outcome(true, waiting.id(), to, language, ReplyMails.text(language, reason));
    }

    private Optional<ReplyAddress> replyAddress(MimeMessage message) {
        List<String> candidates = new ArrayList<>();
        try {
            // the address it was delivered to comes first: To and Cc may name others too
            for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
                String[] values = message.getHeader(header);
                if (values != null) {
                    candidates.addAll(List.of(values));
                }
            }
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                Address[] recipients = message.getRecipients(type);
                if (recipients != null) {
                    for (Address recipient : recipients) {
                        if (recipient instanceof InternetAddress internet) {
                            candidates.add(internet.getAddress());
                        }
                    }
                }
            }
        } catch (MessagingException unreadable) {
            return Optional.empty();
        }
        return candidates.stream()
                .map(String::strip)
                .filter(ReplyAddresses::looksLikeOne)
                .map(addresses::find)
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<InternetAddress> sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 || !(from[0] instanceof InternetAddress internet)
                ? Optional.empty()
                : Optional.of(internet);
    }

    /** RFC 3834's Auto-Submitted, and the older markers of out-of-office replies and delivery reports. */
    static boolean automatic(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        String precedence = message.getHeader("Precedence", null);
        String returnPath = message.getHeader("Return-Path", null);
        return (submitted != null && !submitted.strip().equalsIgnoreCase("no"))
                || (precedence != null && precedence.strip().matches("(?i)bulk|junk|list|auto_reply"))
                || message.getHeader("X-Autoreply", null) != null
                || "<>".equals(returnPath == null ? null : returnPath.strip())
                || message.isMimeType("multipart/report");
    }

    /** The language of whoever has an account with this address, for a bounce to a sender who is not the person. */
    private Locale senderLanguage(String address) {
        return language(accounts.byEmail(new EmailAddress(address)));
    }

    static Locale language(Optional<Account> account) {
        return account.flatMap(Account::language).map(Language::locale).orElse(Locale.ENGLISH);
    }
}
