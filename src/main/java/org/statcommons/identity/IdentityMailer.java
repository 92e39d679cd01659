package org.statcommons.identity;

import org.springframework.stereotype.Component;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The e-mails identity sends: plain text, one link each, queued in the transaction of the change so that a
 * rolled-back change sends nothing; each in its recipient's language.
 */
@Component
class IdentityMailer {

    private static final String SIGNATURE = "\n\n— StatCommons\n";

    private final Outbox outbox;
    private final Accounts accounts;
    private final StatCommonsProperties properties;

    IdentityMailer(Outbox outbox, Accounts accounts, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.properties = properties;
    }

    void verifyEmail(String to, String name, String secret) {
        send(
                to,
                "identity.mail.verify",
                Text.of("identity.mail.verify.body", name, properties.link("/sign-up/verify/" + secret)));
    }

    void alreadyRegistered(String to) {
        send(
                to,
                "identity.mail.already-registered",
                Text.of(
                        "identity.mail.already-registered.body",
                        properties.link("/sign-in"),
                        properties.link("/password-reset")));
    }

    /** @param chosen the language the inviter chose for the e-mail (the address has no account yet) */
    void invitation(String to, Language chosen, String inviterName, String message, String secret) {
        Language language = accounts.languageOf(to, chosen);
        String note = message.isEmpty()
                ? ""
                : "\n" + Text.of("identity.mail.invitation.writes", inviterName).in(language) + "\n\n" + message + "\n";
        String body = Text.of("identity.mail.invitation.body", inviterName).in(language)
                + note
                + "\n"
                + Text.of("identity.mail.invitation.link", properties.link("/sign-up/invitation/" + secret))
                        .in(language);
        outbox.enqueue(OutgoingMail.text(
                        to, Text.of("identity.mail.invitation", inviterName).in(language), body + SIGNATURE)
                .inLanguage(language));
    }

    void passwordReset(String to, String name, String secret) {
        send(
                to,
                "identity.mail.password-reset",
                Text.of("identity.mail.password-reset.body", name, properties.link("/password-reset/" + secret)));
    }

    void passwordChanged(String to, String name) {
        send(
                to,
                "identity.mail.password-changed",
                Text.of("identity.mail.password-changed.body", name, properties.link("/password-reset")));
    }

    void confirmNewEmail(String to, String name, String secret) {
        send(
                to,
                "identity.mail.confirm-new-email",
                Text.of(
                        "identity.mail.confirm-new-email.body",
                        name,
                        properties.link("/account/email/confirm/" + secret)));
    }

    void emailChangeRequested(String to, String name, String newAddress) {
        send(
                to,
                "identity.mail.email-change-requested",
                Text.of("identity.mail.email-change-requested.body", name, newAddress, properties.link("/account")));
    }

    void addressInUse(String to) {
        send(to, "identity.mail.address-in-use", Text.of("identity.mail.address-in-use.body"));
    }

    /**
     * In the language of the account that has the address, else of the request that writes to it (a new address
     * being confirmed is read by the person who typed it, in the language they are using).
     */
    private void send(String to, String subjectKey, Text body) {
        Language language = accounts.languageOf(to, Language.ofRequest());
        outbox.enqueue(OutgoingMail.text(to, Text.of(subjectKey).in(language), body.in(language) + SIGNATURE)
                .inLanguage(language));
    }
}
