package org.statcommons.identity;

import org.springframework.stereotype.Component;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;

/**
 * The e-mails identity sends: plain text, one link each, queued in the transaction of the change so that a
 * rolled-back change sends nothing.
 */
@Component
class IdentityMailer {

    private static final String SIGNATURE = "\n\n— StatCommons\n";

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    IdentityMailer(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    void verifyEmail(String to, String name, String secret) {
        send(
                to,
                "Confirm your e-mail address for StatCommons",
                "Hello " + name + ",\n\n"
                        + "Please confirm that this is your e-mail address by opening this link (it works for 24 hours):\n\n"
                        + properties.link("/sign-up/verify/" + secret) + "\n\n"
                        + "If you did not create a StatCommons account, ignore this message; nothing happens without the link.");
    }

    void alreadyRegistered(String to) {
        send(
                to,
                "Someone tried to create a StatCommons account with your address",
                "Hello,\n\n"
                        + "Someone (perhaps you) tried to create a new StatCommons account with this e-mail address, which "
                        + "already has one. No new account was created.\n\n"
                        + "To sign in: " + properties.link("/sign-in") + "\n"
                        + "Forgot your password? " + properties.link("/password-reset"));
    }

    void invitation(String to, String inviterName, String message, String secret) {
        String note = message.isEmpty() ? "" : "\n" + inviterName + " writes:\n\n" + message + "\n";
        send(
                to,
                inviterName + " invites you to StatCommons",
                "Hello,\n\n"
                        + inviterName
                        + " invites you to join StatCommons, where the official-statistics community works together.\n"
                        + note + "\nCreate your account with this link (it works for 14 days):\n\n"
                        + properties.link("/sign-up/invitation/" + secret));
    }

    void passwordReset(String to, String name, String secret) {
        send(
                to,
                "Reset your StatCommons password",
                "Hello " + name + ",\n\n"
                        + "Choose a new password with this link. It works once, for one hour:\n\n"
                        + properties.link("/password-reset/" + secret) + "\n\n"
                        + "If you did not ask for this, ignore this message; your password stays as it is.");
    }

    void passwordChanged(String to, String name) {
        send(
                to,
                "Your StatCommons password was changed",
                "Hello " + name + ",\n\n"
                        + "The password of your StatCommons account was just changed, and your other sessions were ended.\n\n"
                        + "If this was not you, reset your password now: " + properties.link("/password-reset"));
    }

    void confirmNewEmail(String to, String name, String secret) {
        send(
                to,
                "Confirm your new e-mail address for StatCommons",
                "Hello " + name + ",\n\n"
                        + "You asked to use this address for your StatCommons account. Confirm it with this link "
                        + "(it works for 24 hours); until then your old address stays in use:\n\n"
                        + properties.link("/account/email/confirm/" + secret));
    }

    void emailChangeRequested(String to, String name, String newAddress) {
        send(
                to,
                "Your StatCommons e-mail address is about to change",
                "Hello " + name + ",\n\n"
                        + "Someone signed in to your StatCommons account asked to change its e-mail address to "
                        + newAddress
                        + ". The change happens only when the link sent to that address is opened.\n\n"
                        + "If this was not you, change your password now: " + properties.link("/account"));
    }

    void addressInUse(String to) {
        send(
                to,
                "Someone tried to use your address on StatCommons",
                "Hello,\n\n"
                        + "Someone signed in to another StatCommons account asked to move it to this e-mail address, which "
                        + "already belongs to your account. Nothing was changed.");
    }

    private void send(String to, String subject, String body) {
        outbox.enqueue(OutgoingMail.text(to, subject, body + SIGNATURE));
    }
}
