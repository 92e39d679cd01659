package org.statcommons.community;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The e-mails the community feature sends, queued in the caller's transaction, each in its recipient's language:
 * their profile's when the address has an account, else the language of the request that writes to them (an
 * invitation: the one the inviter chose).
 */
@Component
class CommunityMail {

    private final Outbox outbox;
    private final Accounts accounts;
    private final StatCommonsProperties properties;

    CommunityMail(Outbox outbox, Accounts accounts, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.properties = properties;
    }

    /**
     * @param language the language already chosen for the address ({@link Accounts#languageOf})
     * @param name     the invitee's name as the secretariat knows it, may be empty
     * @param inviter  who invites, when their account is still there
     */
    void invitation(
            String to,
            Language language,
            String name,
            Community community,
            Optional<String> inviter,
            CommunityRole role,
            LocalDate guestUntil,
            String message,
            String secret) {
        Text roleName = Text.of("community.role-name." + role.name());
        Text as = guestUntil == null ? roleName : Text.of("community.role.until", roleName, guestUntil.toString());
        String body =
                (name.isBlank() ? "" : Text.of("community.mail.dear", name).in(language) + "\n\n")
                        + Text.of(
                                        "community.mail.invitation.intro",
                                        inviter.orElseGet(() -> Text.of("community.mail.the-secretariat")
                                                .in(language)),
                                        community.name(),
                                        as)
                                .in(language)
                        + "\n\n"
                        + (message.isBlank() ? "" : message + "\n\n")
                        + Text.of("community.mail.invitation.purpose", community.purpose())
                                .in(language) + "\n\n"
                        + Text.of("community.mail.invitation.accept", properties.link("/invitations/" + secret))
                                .in(language)
                        + "\n";
        send(to, language, Text.of("community.mail.invitation.subject", community.name()), body);
    }

    void requestDecided(String to, Community community, boolean approved, String note) {
        Language language = languageOf(to);
        String body = approved
                ? Text.of(
                                        "community.mail.request.approved",
                                        community.name(),
                                        properties.link("/c/" + community.slug()))
                                .in(language)
                        + "\n"
                : Text.of("community.mail.request.declined", community.name()).in(language) + "\n";
        body += fromTheSecretariat(note, language);
        send(
                to,
                language,
                Text.of(
                        approved ? "community.mail.request.approved.subject" : "community.mail.request.subject",
                        community.name()),
                body);
    }

    void removed(String to, Community community, String reason) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.removed.subject", community.name()),
                Text.of("community.mail.removed", community.name()).in(language) + "\n\n"
                        + Text.of("community.mail.removed.reason").in(language) + "\n" + reason + "\n");
    }

    void nominationDeclined(String to, Community community, String nomineeName, String note) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.nomination.subject", community.name()),
                Text.of("community.mail.nomination.declined", community.name(), nomineeName)
                                .in(language)
                        + "\n" + fromTheSecretariat(note, language));
    }

    void confirmInvitationRequest(String to, String name, Community community, String secret) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.confirm-request.subject", community.name()),
                Text.of("community.mail.dear", name).in(language) + "\n\n"
                        + Text.of(
                                        "community.mail.confirm-request",
                                        community.name(),
                                        properties.link("/invitation-requests/" + secret))
                                .in(language)
                        + "\n");
    }

    void invitationRequestHasAccount(String to, String name, Community community) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.request.subject", community.name()),
                Text.of("community.mail.dear", name).in(language) + "\n\n"
                        + Text.of(
                                        "community.mail.request.has-account",
                                        community.name(),
                                        properties.link("/c/" + community.slug()),
                                        properties.link("/password-reset"))
                                .in(language)
                        + "\n");
    }

    void invitationRequested(String to, Community community, InvitationRequest request) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.requested.subject", community.name(), request.name()),
                Text.of(
                                        "community.mail.requested",
                                        request.name(),
                                        request.organisation(),
                                        request.email(),
                                        community.name())
                                .in(language)
                        + "\n\n" + request.motivation() + "\n\n"
                        + Text.of("community.mail.requested.decide").in(language) + "\n"
                        + properties.link("/c/" + community.slug() + "/requests") + "\n");
    }

    void invitationRequestDeclined(String to, String name, Community community, String note) {
        Language language = languageOf(to);
        send(
                to,
                language,
                Text.of("community.mail.request-declined.subject", community.name()),
                Text.of("community.mail.dear", name).in(language) + "\n\n"
                        + Text.of("community.mail.request-declined", community.name())
                                .in(language)
                        + "\n"
                        + fromTheSecretariat(note, language)
                        + "\n"
                        + Text.of("community.mail.request-declined.public", properties.link("/c/" + community.slug()))
                                .in(language)
                        + "\n");
    }

    /** The secretariat's note under its own heading, or nothing when it wrote none. */
    private static String fromTheSecretariat(String note, Language language) {
        return note.isBlank()
                ? ""
                : "\n" + Text.of("community.mail.secretariat-note").in(language) + "\n" + note + "\n";
    }

    /** Whoever has an account reads in their profile's language; a stranger in that of the request writing. */
    private Language languageOf(String to) {
        return accounts.languageOf(to, Language.ofRequest());
    }

    private void send(String to, Language language, Text subject, String body) {
        outbox.enqueue(OutgoingMail.text(to, subject.in(language), body).inLanguage(language));
    }
}
