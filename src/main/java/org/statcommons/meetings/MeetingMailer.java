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
import org.statcommons.platform.TimePresenter;

/**
 * Writes the e-mails of meetings, queued in the caller's transaction: the poll with a personal answer link, the
 * invitation and its updates with the iCalendar REQUEST, and the cancellation with the iCalendar CANCEL.
 * Times are written in each recipient's own zone.
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
        StringBuilder body = new StringBuilder();
        body.append(organiser)
                .append(" is looking for a time for \"")
                .append(meeting.title())
                .append("\" (")
                .append(meeting.kind().label().toLowerCase())
                .append(", ")
                .append(meeting.durationMinutes())
                .append(" minutes) in ")
                .append(community.name())
                .append(".\n\n");
        body.append("Which of these times suit you? In your time zone, ")
                .append(to.zone().getId())
                .append(":\n");
        if (to.zoneAssumed()) {
            body.append("(Your time zone is not set, so the times are shown as UTC. Please set it in your profile: ")
                    .append(link("/account"))
                    .append(")\n");
        }
        for (Instant candidate : candidates) {
            body.append("- ")
                    .append(TimePresenter.in(to.zone()).fullWith(candidate, meeting.zone()))
                    .append('\n');
        }
        body.append(
                        "\nAnswer yes, if need be or no for each time here (no sign-in needed; this link is yours alone):\n")
                .append(link(MeetingAddress.answerLink(answerSecret)))
                .append("\n\n")
                .append("The meeting's page: ")
                .append(link(MeetingAddress.meeting(community.slug(), meeting.id())))
                .append('\n');
        outbox.enqueue(OutgoingMail.text(to.email(), "Which times suit you? " + meeting.title(), body.toString()));
    }

    /** The invitation (or, with {@code change}, its update) to every invitee, queued with one statement. */
    void invitations(
            Community community, MeetingCalendar.Details details, Collection<PersonFinder.Person> to, String change) {
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
            Community community, MeetingCalendar.Details details, PersonFinder.Person to, String change) {
        Meeting meeting = details.meeting();
        StringBuilder body = new StringBuilder();
        if (change == null) {
            body.append("You are invited to \"")
                    .append(meeting.title())
                    .append("\" (")
                    .append(meeting.kind().label().toLowerCase())
                    .append(") of ")
                    .append(community.name())
                    .append(".\n\n");
        } else {
            body.append("\"")
                    .append(meeting.title())
                    .append("\" of ")
                    .append(community.name())
                    .append(" has changed: ")
                    .append(TimePresenter.in(to.zone()).text(change))
                    .append("\n\n");
        }
        describe(body, details, to);
        body.append("\nThe calendar invitation is attached; your calendar program can add it.\n");
        String subject = (change == null ? "Invitation: " : "Updated: ") + meeting.title();
        return OutgoingMail.text(to.email(), subject, body.toString())
                .withCalendar("REQUEST", MeetingCalendar.request(details, recipient(to)));
    }

    private OutgoingMail cancellation(
            Community community, MeetingCalendar.Details details, PersonFinder.Person to, boolean wasScheduled) {
        Meeting meeting = details.meeting();
        String body = "\"" + meeting.title() + "\" of " + community.name() + " is cancelled"
                + (wasScheduled ? "." : " (it had no time yet).") + "\n\n" + details.pageUrl() + "\n";
        OutgoingMail mail = OutgoingMail.text(to.email(), "Cancelled: " + meeting.title(), body);
        return wasScheduled ? mail.withCalendar("CANCEL", MeetingCalendar.cancel(details, recipient(to))) : mail;
    }

    private void describe(StringBuilder body, MeetingCalendar.Details details, PersonFinder.Person to) {
        Meeting meeting = details.meeting();
        List<Occurrences.Occurrence> occurrences = Occurrences.of(
                meeting.startsAt(),
                meeting.zone(),
                meeting.recurrence(),
                meeting.duration(),
                details.exceptions() == null ? Map.of() : details.exceptions());
        body.append(
                occurrences.size() == 1
                        ? "When: "
                        : "When (" + Repeat.of(meeting.recurrence()).label().toLowerCase() + "):\n");
        for (Occurrences.Occurrence occurrence : occurrences) {
            if (occurrences.size() > 1) {
                body.append("- ");
            }
            body.append(TimePresenter.in(to.zone()).fullWith(occurrence.start(), meeting.zone()))
                    .append(occurrence.skipped() ? " — skipped" : occurrence.moved() ? " — moved" : "")
                    .append(", ")
                    .append(meeting.durationMinutes())
                    .append(" minutes\n");
        }
        if (to.zoneAssumed()) {
            body.append("(Your time zone is not set, so times are shown as UTC. Set it in your profile: ")
                    .append(link("/account"))
                    .append(")\n");
        }
        if (!meeting.where().isEmpty()) {
            body.append("Where: ").append(meeting.where()).append('\n');
        }
        body.append("Meeting page: ").append(details.pageUrl()).append('\n');
        if (!meeting.agenda().isBlank()) {
            body.append("\nAgenda:\n").append(meeting.agenda()).append('\n');
        }
    }

    private static MeetingCalendar.Recipient recipient(PersonFinder.Person person) {
        return new MeetingCalendar.Recipient(person.name(), person.email());
    }
}
