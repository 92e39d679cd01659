package org.statcommons.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TextInput;

/**
 * Invitations to StatCommons itself, sent by administrators and the platform secretariat: an e-mailed link
 * that lets the person create an account for that address (already verified, since the link reached it).
 * Callers check {@code Action.INVITE_TO_PLATFORM} first; community invitations are the community feature's.
 */
@Service
public class PlatformInvitations {

    public static final Duration VALIDITY = Duration.ofDays(14);

    private final Accounts accounts;
    private final AccountRegistration registration;
    private final LinkTokens links;
    private final IdentityMail mail;

    PlatformInvitations(Accounts accounts, AccountRegistration registration, LinkTokens links, IdentityMail mail) {
        this.accounts = accounts;
        this.registration = registration;
        this.links = links;
        this.mail = mail;
    }

    /** An invitation not yet accepted, as shown to the people who may invite. */
    public record Pending(long id, String email, String invitedBy, Instant sentAt, Instant expiresAt) {
    }

    /**
     * E-mails an invitation. Throws {@link InvalidInputException} for a malformed address, an address that
     * already has an account (the inviter may know that), or an over-long message.
     */
    @Transactional
    public void invite(Account inviter, String typedEmail, String typedMessage) {
        EmailAddress email = EmailAddress.parse("email", typedEmail);
        TextInput input = new TextInput();
        String message = input.block("message", "Message", typedMessage, 2000, false);
        if (accounts.byEmail(email).isPresent()) {
            input.error("email", email.value() + " already has a StatCommons account.");
        }
        input.throwIfInvalid();
        String secret = links.create(LinkTokens.Purpose.SIGN_UP_INVITATION, null, email.value(), inviter.id(), VALIDITY);
        mail.invitation(email.value(), inviter.displayName(), message, secret);
    }

    /** The most recent invitations still waiting. */
    public List<Pending> pending() {
        List<LinkTokens.Pending> waiting = links.pending(LinkTokens.Purpose.SIGN_UP_INVITATION, 100);
        Map<Long, String> names = accounts.byIds(waiting.stream().map(LinkTokens.Pending::createdBy)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
        return waiting.stream().map(p -> new Pending(p.id(), p.email(),
                p.createdBy() == null ? "" : names.getOrDefault(p.createdBy(), ""), p.createdAt(), p.expiresAt())).toList();
    }

    /**
     * Withdraws an invitation that is still waiting, whoever sent it: its link then says it was withdrawn. The
     * link's row keeps who withdrew it and when. Throws {@link ConflictException} when the invitation is no
     * longer waiting.
     */
    @Transactional
    public void revoke(Account by, long invitationId) {
        if (!links.revoke(LinkTokens.Purpose.SIGN_UP_INVITATION, invitationId, by.id())) {
            throw new ConflictException("This invitation is no longer waiting: it was accepted, withdrawn or has expired.");
        }
    }

    /** The invited address, while the link is usable. */
    Optional<String> invitedEmail(String secret) {
        return links.peek(LinkTokens.Purpose.SIGN_UP_INVITATION, secret).map(LinkTokens.Link::email);
    }

    String refusal(String secret) {
        return links.refusal(LinkTokens.Purpose.SIGN_UP_INVITATION, secret);
    }

    /** Uses the link up and creates the account for the invited address. */
    @Transactional
    public Account accept(String secret, AccountRegistration.NewAccount typed) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.SIGN_UP_INVITATION, secret);
        return registration.createVerified(new EmailAddress(link.email()), typed, PlatformRole.NONE);
    }
}
