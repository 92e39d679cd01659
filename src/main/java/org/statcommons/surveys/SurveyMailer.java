package org.statcommons.surveys;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Writes the invitations and reminders of a wave, queued in the caller's transaction through the outbox (the e-mail
 * exists exactly when the invitation does): the survey, how its answers are kept, the closing time in the
 * recipient's zone, and their personal link, in their language.
 */
@Component
class SurveyMailer {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    SurveyMailer(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    record Letter(Account to, String secret) {}

    void send(Survey survey, Wave wave, String communityName, List<Letter> letters, boolean reminder) {
        outbox.enqueueAll(letters.stream()
                .map(letter -> mail(survey, wave, communityName, letter, reminder))
                .toList());
    }

    private OutgoingMail mail(Survey survey, Wave wave, String communityName, Letter letter, boolean reminder) {
        Account to = letter.to();
        Language language = to.language().orElse(Language.ENGLISH);
        ZoneId zone = zone(to.timeZone());
        StringBuilder body = new StringBuilder();
        body.append(Text.of(
                                reminder ? "surveys.mail.reminder.intro" : "surveys.mail.invitation.intro",
                                communityName,
                                survey.title(),
                                wave.label())
                        .in(language))
                .append("\n\n");
        if (!survey.description().isBlank()) {
            body.append(survey.description()).append("\n\n");
        }
        body.append(Text.of("surveys.answer.mode." + survey.mode().name()).in(language))
                .append("\n\n");
        if (wave.closesAt() != null) {
            body.append(Text.of(
                                    "surveys.answer.closes",
                                    TimePresenter.in(zone)
                                            .inLanguage(language.locale())
                                            .full(wave.closesAt()))
                            .in(language))
                    .append("\n\n");
        }
        body.append(Text.of("surveys.mail.link").in(language))
                .append('\n')
                .append(properties.link(SurveyLinkAddress.answer(letter.secret())))
                .append("\n\n")
                .append(Text.of("surveys.mail.resume").in(language))
                .append('\n');
        String subject = Text.of(
                        reminder ? "surveys.mail.reminder.subject" : "surveys.mail.invitation.subject", survey.title())
                .in(language);
        return OutgoingMail.text(to.email(), subject, body.toString()).inLanguage(language);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
