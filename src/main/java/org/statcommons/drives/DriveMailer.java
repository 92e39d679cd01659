package org.statcommons.drives;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/** Writes the e-mails of drives, queued in the caller's transaction, each in its recipient's language. */
@Component
class DriveMailer {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    DriveMailer(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * The invitations to apply, queued with one statement: each with its personal link to the drive's page, whose
     * form it fills in with what the file said.
     */
    void invitations(
            Community community,
            Drive drive,
            String inviter,
            List<DriveInvitations.Invited> invited,
            Function<String, Language> languageOf) {
        List<OutgoingMail> mails = new ArrayList<>(invited.size());
        for (DriveInvitations.Invited one : invited) {
            String email = one.row().email().value();
            Language language = languageOf.apply(email);
            String greeting = one.row().name().isEmpty()
                    ? Text.of("drives.mail.hello").in(language)
                    : Text.of("drives.mail.dear", one.row().name()).in(language);
            String body = greeting + "\n\n"
                    + Text.of(
                                    "drives.mail.invite",
                                    inviter,
                                    community.name(),
                                    drive.title(),
                                    drive.startsOn().toString(),
                                    drive.endsOn().toString())
                            .in(language)
                    + "\n\n"
                    + Text.of("drives.mail.invite.link").in(language)
                    + "\n"
                    + properties.link(DriveAddress.personal(community.slug(), drive.id(), one.secret()))
                    + "\n\n"
                    + Text.of("drives.mail.invite.counted").in(language)
                    + "\n";
            mails.add(OutgoingMail.text(
                            email,
                            Text.of("drives.mail.invite.subject", community.name(), drive.title())
                                    .in(language),
                            body)
                    .inLanguage(language));
        }
        outbox.enqueueAll(mails);
    }

    /** The polite answer to a declined application, in the language the applicant wrote it in. */
    void declined(Application application, Community community, Drive drive) {
        Language language = application.language();
        String body = Text.of("drives.mail.dear", application.name()).in(language) + "\n\n"
                + Text.of("drives.mail.declined", drive.title(), community.name())
                        .in(language) + "\n\n"
                + Text.of("drives.mail.declined.public", properties.link("/c/" + community.slug()))
                        .in(language)
                + "\n";
        outbox.enqueue(OutgoingMail.text(
                        application.email(),
                        Text.of("drives.mail.declined.subject", community.name())
                                .in(language),
                        body)
                .inLanguage(language));
    }
}
