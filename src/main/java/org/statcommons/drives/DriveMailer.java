package org.statcommons.drives;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.meetings.MeetingSummary;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
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

    /** The confirmation of a registration for the information session, with its calendar and the cancel link. */
    void registered(
            Community community,
            Drive drive,
            MeetingSummary session,
            String name,
            String email,
            Language language,
            String secret,
            String calendar) {
        String when =
                TimePresenter.in(ZoneOffset.UTC).inLanguage(language.locale()).full(session.start());
        String body = Text.of("drives.mail.dear", name).in(language) + "\n\n"
                + Text.of("drives.mail.registered", session.title(), community.name(), drive.title())
                        .in(language)
                + "\n\n"
                + Text.of("drives.mail.registered.when", when).in(language)
                + "\n"
                + (session.where().isEmpty()
                        ? ""
                        : Text.of("drives.mail.registered.where", session.where())
                                        .in(language) + "\n")
                + "\n"
                + Text.of("drives.mail.registered.attached").in(language)
                + "\n\n"
                + Text.of("drives.mail.registered.cancel").in(language)
                + "\n"
                + properties.link(DriveAddress.registration(secret))
                + "\n";
        outbox.enqueue(OutgoingMail.text(
                        email,
                        Text.of("drives.mail.registered.subject", session.title())
                                .in(language),
                        body)
                .withCalendar("REQUEST", calendar)
                .inLanguage(language));
    }

    /** The confirmation of a cancelled registration, with the calendar cancellation. */
    void cancelled(Community community, Drive drive, Registration registration, String calendar) {
        Language language = registration.language();
        String body = Text.of("drives.mail.dear", registration.name()).in(language) + "\n\n"
                + Text.of("drives.mail.cancelled", drive.title(), community.name())
                        .in(language)
                + "\n";
        outbox.enqueue(OutgoingMail.text(
                        registration.email(),
                        Text.of("drives.mail.cancelled.subject", drive.title()).in(language),
                        body)
                .withCalendar("CANCEL", calendar)
                .inLanguage(language));
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
