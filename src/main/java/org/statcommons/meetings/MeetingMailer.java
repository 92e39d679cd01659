package org.statcommons.meetings;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Writes the e-mails of meetings, queued in the caller's transaction: the poll with a personal answer link, the
 * invitation and its updates with the iCalendar REQUEST, and the cancellation with the iCalendar CANCEL.
 * Times are written in each recipient's own zone, the words in their language (the one of their profile).
 */
@Component
class MeetingMailer {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    MeetingMailer(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * What a calendar shows of a meeting besides its times: its address on this server (whose host makes the
     * UID) and the organiser (their name and address, or the configured sender when their account is gone).
     */
    MeetingCalendar.Details calendarDetails(
            Community community, Meeting meeting, Optional<Account> organiser, Map<Instant, Instant> exceptions) {
        String host = URI.create(properties.publicUrl()).getHost();
        String server = host == null || host.isBlank() ? "statcommons.invalid" : host;
        return new MeetingCalendar.Details(
                meeting,
                server,
                link(MeetingAddress.meeting(community.slug(), meeting.id())),
                MeetingCalendar.Organiser.of(
                        organiser.map(Account::displayName).orElse(null),
                        organiser.map(Account::email).orElse(null),
                        properties.mail().from(),
                        server),
                exceptions);
    }

    /** The full address of a path on this server. */
    String link(String path) {
        return properties.link(path);
    }

    void poll(
            Community community,
            Meeting meeting,
            PersonFinder.Person to,
            String organiser,
            List<Instant> candidates,
            String answerSecret) {
        Language language = to.language();
        StringBuilder body = new StringBuilder();
        body.append(Text.of(
                                "meetings.mail.poll.intro",
                                organiser,
                                meeting.title(),
                                kind(meeting, language),
                                meeting.durationMinutes(),
                                community.name())
                        .in(language))
                .append("\n\n");
        body.append(Text.of("meetings.mail.poll.which", to.zone().getId()).in(language))
                .append('\n');
        if (to.zoneAssumed()) {
            body.append(Text.of("meetings.mail.poll.zone-not-set", link("/account"))
                            .in(language))
                    .append('\n');
        }
        for (Instant candidate : candidates) {
            body.append("- ")
                    .append(TimePresenter.in(to.zone())
                            .inLanguage(language.locale())
                            .fullWith(candidate, meeting.zone()))
                    .append('\n');
        }
        body.append('\n')
                .append(Text.of("meetings.mail.poll.answer").in(language))
                .append('\n')
                .append(link(MeetingAddress.answerLink(answerSecret)))
                .append("\n\n")
                .append(Text.of("meetings.mail.poll.page", link(MeetingAddress.meeting(community.slug(), meeting.id())))
                        .in(language))
                .append('\n');
        outbox.enqueue(OutgoingMail.text(
                        to.email(),
                        Text.of("meetings.mail.poll.subject", meeting.title()).in(language),
                        body.toString())
                .inLanguage(language));
    }

    /** The invitation (or, with {@code change}, its update) to every invitee, queued with one statement. */
    void invitations(
            Community community, MeetingCalendar.Details details, Collection<PersonFinder.Person> to, Text change) {
        outbox.enqueueAll(to.stream()
                .map(person -> invitation(community, details, person, change))
                .toList());
    }

    /** The cancellation to every invitee, queued with one statement. */
    void cancellations(
            Community community,
            MeetingCalendar.Details details,
            Collection<PersonFinder.Person> to,
            boolean wasScheduled) {
        outbox.enqueueAll(to.stream()
                .map(person -> cancellation(community, details, person, wasScheduled))
                .toList());
    }

    private OutgoingMail invitation(
            Community community, MeetingCalendar.Details details, PersonFinder.Person to, Text change) {
        Meeting meeting = details.meeting();
        Language language = to.language();
        Text opening = change == null
                ? Text.of("meetings.mail.invitation.intro", meeting.title(), kind(meeting, language), community.name())
                : Text.of(
                        "meetings.mail.invitation.changed",
                        meeting.title(),
                        community.name(),
                        TimePresenter.in(to.zone())
                                .inLanguage(language.locale())
                                .text(change.in(language))
                                .strip());
        StringBuilder body = new StringBuilder(opening.in(language)).append("\n\n");
        describe(body, details, to);
        body.append('\n')
                .append(Text.of("meetings.mail.invitation.attached").in(language))
                .append('\n');
        String subject = Text.of(
                        change == null ? "meetings.mail.invitation.subject" : "meetings.mail.update.subject",
                        meeting.title())
                .in(language);
        return OutgoingMail.text(to.email(), subject, body.toString())
                .withCalendar("REQUEST", MeetingCalendar.request(details, recipient(to)))
                .inLanguage(language);
    }

    private OutgoingMail cancellation(
            Community community, MeetingCalendar.Details details, PersonFinder.Person to, boolean wasScheduled) {
        Meeting meeting = details.meeting();
        Language language = to.language();
        String body = Text.of(
                                wasScheduled ? "meetings.mail.cancelled" : "meetings.mail.cancelled.unscheduled",
                                meeting.title(),
                                community.name())
                        .in(language)
                + "\n\n" + details.pageUrl() + "\n";
        OutgoingMail mail = OutgoingMail.text(
                        to.email(),
                        Text.of("meetings.mail.cancelled.subject", meeting.title())
                                .in(language),
                        body)
                .inLanguage(language);
        return wasScheduled ? mail.withCalendar("CANCEL", MeetingCalendar.cancel(details, recipient(to))) : mail;
    }

    private void describe(StringBuilder body, MeetingCalendar.Details details, PersonFinder.Person to) {
        Meeting meeting = details.meeting();
        Language language = to.language();
        List<Occurrences.Occurrence> occurrences = Occurrences.of(
                meeting.startsAt(),
                meeting.zone(),
                meeting.recurrence(),
                meeting.duration(),
                details.exceptions() == null ? Map.of() : details.exceptions());
        if (occurrences.size() > 1) {
            String repeat = Text.of(
                            "meetings.repeat." + Repeat.of(meeting.recurrence()).name())
                    .in(language)
                    .toLowerCase(language.locale());
            body.append(Text.of("meetings.mail.when.series", repeat).in(language))
                    .append('\n');
        }
        for (Occurrences.Occurrence occurrence : occurrences) {
            String state = occurrence.skipped() ? "skipped" : occurrence.moved() ? "moved" : "held";
            Text line = Text.of(
                    "meetings.mail.occurrence",
                    state,
                    TimePresenter.in(to.zone())
                            .inLanguage(language.locale())
                            .fullWith(occurrence.start(), meeting.zone()),
                    meeting.durationMinutes());
            body.append(
                            occurrences.size() > 1
                                    ? "- " + line.in(language)
                                    : Text.of("meetings.mail.when", line).in(language))
                    .append('\n');
        }
        if (to.zoneAssumed()) {
            body.append(Text.of("meetings.mail.zone-not-set", link("/account")).in(language))
                    .append('\n');
        }
        if (!meeting.where().isEmpty()) {
            body.append(Text.of("meetings.mail.where", meeting.where()).in(language))
                    .append('\n');
        }
        body.append(Text.of("meetings.mail.page", details.pageUrl()).in(language))
                .append('\n');
        if (!meeting.agenda().isBlank()) {
            body.append('\n')
                    .append(Text.of("meetings.mail.agenda").in(language))
                    .append('\n')
                    .append(meeting.agenda())
                    .append('\n');
        }
    }

    /** The meeting's kind as a sentence names it ("formal meeting"). */
    private static String kind(Meeting meeting, Language language) {
        return Text.of("meetings.kind." + meeting.kind().name()).in(language).toLowerCase(language.locale());
    }

    private static MeetingCalendar.Recipient recipient(PersonFinder.Person person) {
        return new MeetingCalendar.Recipient(person.name(), person.email(), person.language());
    }
}
