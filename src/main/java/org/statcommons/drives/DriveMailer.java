package org.statcommons.drives;

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
