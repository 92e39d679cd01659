package org.statcommons.community;

import org.springframework.stereotype.Component;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;

/** The e-mails the community feature sends, queued in the caller's transaction. */
@Component
class CommunityMail {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    CommunityMail(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    void invitation(
            String to, Community community, String inviterName, String roleLabel, String message, String secret) {
        String body = inviterName + " invites you to join the community of practice \"" + community.name()
                + "\" on StatCommons as " + roleLabel + ".\n\n"
                + (message.isBlank() ? "" : message + "\n\n")
                + "Purpose: " + community.purpose() + "\n\n"
                + "To accept, open this link within 14 days (it works once):\n"
                + properties.link("/invitations/" + secret) + "\n\n"
                + "If you have no StatCommons account yet, the link lets you create one.\n"
                + "If you did not expect this invitation, you can ignore this message.\n";
        outbox.enqueue(OutgoingMail.text(to, "Invitation to " + community.name(), body));
    }

    void requestDecided(String to, Community community, boolean approved, String note) {
        String body = approved
                ? "Your request to join \"" + community.name() + "\" has been approved. Welcome!\n\n"
                        + properties.link("/c/" + community.slug()) + "\n"
                : "Your request to join \"" + community.name() + "\" has been declined.\n";
        if (!note.isBlank()) {
            body += "\nMessage from the secretariat:\n" + note + "\n";
        }
        outbox.enqueue(
                OutgoingMail.text(to, (approved ? "Welcome to " : "Your request to join ") + community.name(), body));
    }

    void removed(String to, Community community, String reason) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "You have been removed from " + community.name(),
                "You are no longer a member of the community of practice \"" + community.name() + "\".\n\n"
                        + "Reason given by the secretariat:\n" + reason + "\n"));
    }

    void nominationDeclined(String to, Community community, String nomineeName, String note) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "Your nomination to " + community.name(),
                "The secretariat of \"" + community.name() + "\" has declined your nomination of " + nomineeName + ".\n"
                        + (note.isBlank() ? "" : "\nMessage from the secretariat:\n" + note + "\n")));
    }
}
