package org.statcommons.identity;

import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A new address for one's own account, asked for: it takes effect only once the link sent to it is opened
 * ({@link ConfirmEmailChange}), and the old address is told.
 */
@Service
class RequestEmailChange {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final int MAX_PER_HOUR = 5;

    private final Accounts accounts;
    private final CurrentPasswordChecker currentPassword;
    private final LinkTokens links;
    private final IdentityMailer mail;

    RequestEmailChange(
            Accounts accounts, CurrentPasswordChecker currentPassword, LinkTokens links, IdentityMailer mail) {
        this.accounts = accounts;
        this.currentPassword = currentPassword;
        this.links = links;
        this.mail = mail;
    }

    /**
     * Sends a confirmation link to the new address and tells the old one. When the new address already belongs
     * to someone, its owner is told instead and the person asking sees the same answer.
     */
    @Transactional
    void request(long accountId, EmailChange change) {
        Account account = accounts.byId(accountId).orElseThrow();
        String email = change.newEmail().value();
        TextInput input = new TextInput();
        if (email.equals(account.email())) {
            input.error("newEmail", Text.of("identity.email.same"));
        }
        currentPassword.check(input, accountId, change.currentPassword());
        input.throwIfInvalid();
        if (links.createdSince(LinkTokens.Purpose.CHANGE_EMAIL, accountId, Duration.ofHours(1)) >= MAX_PER_HOUR) {
            throw new InvalidInputException("newEmail", Text.of("identity.email.too-many-changes"));
        }
        links.revokeAll(LinkTokens.Purpose.CHANGE_EMAIL, accountId);
        // counted above even when no link goes out, so the limit reveals nothing either
        String secret = links.create(LinkTokens.Purpose.CHANGE_EMAIL, accountId, email, accountId, VALIDITY);
        if (accounts.byEmail(change.newEmail()).isPresent()) {
            links.revokeAll(LinkTokens.Purpose.CHANGE_EMAIL, accountId);
            mail.addressInUse(email);
        } else {
            mail.confirmNewEmail(email, account.displayName(), secret);
        }
        mail.emailChangeRequested(account.email(), account.displayName(), email);
    }
}
