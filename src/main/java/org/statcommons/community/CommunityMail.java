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
            String to,
            String greeting,
            Community community,
            String inviterName,
            String roleLabel,
            String message,
            String secret) {
        String body = greeting + inviterName + " invites you to join the community of practice \"" + community.name()
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

    void confirmInvitationRequest(String to, String name, Community community, String secret) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "Please confirm your request to join " + community.name(),
                "Dear " + name + ",\n\n"
                        + "you asked for an invitation to the community of practice \"" + community.name()
                        + "\" on StatCommons. To confirm that this is your address, open this link within 48 hours:\n"
                        + properties.link("/invitation-requests/" + secret) + "\n\n"
                        + "Then the secretariat will read your request and answer by e-mail.\n"
                        + "If you did not ask, ignore this message: nothing happens without the link.\n"));
    }

    void invitationRequestHasAccount(String to, String name, Community community) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "Your request to join " + community.name(),
                "Dear " + name + ",\n\n"
                        + "someone, probably you, asked for an invitation to \"" + community.name()
                        + "\" with this address, which already has a StatCommons account. No invitation is needed:\n"
                        + "sign in and ask to join from the community's page:\n"
                        + properties.link("/c/" + community.slug()) + "\n\n"
                        + "Forgotten your password? " + properties.link("/password-reset") + "\n"
                        + "If you did not ask, ignore this message.\n"));
    }

    void invitationRequested(String to, Community community, InvitationRequest request) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "Request for an invitation to " + community.name() + ": " + request.name(),
                request.name() + " (" + request.organisation() + ", " + request.email()
                        + ") asks for an invitation to \"" + community.name() + "\":\n\n" + request.motivation()
                        + "\n\nApprove or decline it here:\n" + properties.link("/c/" + community.slug() + "/requests")
                        + "\n"));
    }

    void invitationRequestDeclined(String to, String name, Community community, String note) {
        outbox.enqueue(OutgoingMail.text(
                to,
                "About your request for an invitation to " + community.name(),
                "Dear " + name + ",\n\n"
                        + "thank you for your interest in the community of practice \"" + community.name() + "\".\n"
                        + "The secretariat has read your request and is not able to invite you at this time.\n"
                        + (note.isBlank() ? "" : "\nMessage from the secretariat:\n" + note + "\n")
                        + "\nThe community's public page, with its published pages, stays open to you:\n"
                        + properties.link("/c/" + community.slug()) + "\n"));
    }
}
