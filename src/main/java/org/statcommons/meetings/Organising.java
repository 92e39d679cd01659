package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.moderation.PostingLimits;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.ActivityKind;

/**
 * What organisers do, each in one transaction: propose a meeting with candidate times to invitees (the poll
 * goes out by e-mail with personal answer links), pick the time (the meeting is scheduled, its tallies,
 * agenda and minutes pages recorded, the iCalendar invitation sent), change it, skip or move one occurrence
 * of a series, cancel it. Every change after scheduling raises the event's SEQUENCE and e-mails the update.
 */
@Service
class Organising {

    private final Permissions permissions;
    private final Meetings meetings;
    private final Tallies tallies;
    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Accounts accounts;
    private final MeetingPeople people;
    private final SecretTokens secrets;
    private final MeetingMail mail;
    private final MeetingPages pages;
    private final MeetingActivity activity;
    private final PostingLimits postingLimits;
    private final Clock clock;

    Organising(Permissions permissions, Meetings meetings, Tallies tallies, Memberships memberships,
               TopicGroupMembers topicGroups, Accounts accounts, MeetingPeople people, SecretTokens secrets, MeetingMail mail,
               MeetingPages pages, MeetingActivity activity, PostingLimits postingLimits) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.tallies = tallies;
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.accounts = accounts;
        this.people = people;
        this.secrets = secrets;
        this.mail = mail;
        this.pages = pages;
        this.activity = activity;
        this.postingLimits = postingLimits;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    long propose(Actor actor, Community community, NewMeeting proposal) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        MeetingPeople.Person organiserPerson = MeetingPeople.person(organiser);
        MeetingDetails details = proposal.details();
        List<Instant> candidates = proposal.candidates();
        Invitation invitation = proposal.invitation();
        TextInput input = new TextInput();
        if (invitation.topicGroupId() != null && topicGroups.find(community.id(), invitation.topicGroupId()).isEmpty()) {
            input.error("topicGroupId", "Choose a topic group of this community.");
        }
        List<Long> invitees = input.hasErrors() ? List.of() : invitees(input, community, invitation, organiser.id());
        input.throwIfInvalid();
        // what the organiser wrote goes out by e-mail to many people: the same limits as any post
        postingLimits.check(actor, community.id(), details.title() + "\n" + details.agenda());
        long id = meetings.insert(community.id(), invitation.scope() == Invitation.Scope.TOPIC_GROUP ? invitation.topicGroupId() : null,
                details.title(), details.kind(), details.agenda(), details.durationMinutes(), details.onlineLink(),
                details.place(), organiser.id(), organiserPerson.zone().getId(), organiserPerson.zoneAssumed());
        meetings.addCandidates(id, candidates);
        meetings.recordCreation(id, organiser.id(), "Proposed " + candidates.size() + " times to " + invitees.size() + " people");
        Meeting meeting = meetings.find(id).orElseThrow();
        for (MeetingPeople.Person person : people.byId(invitees).values()) {
            String secret = secrets.newSecret();
            meetings.invite(id, person.id(), secrets.hash(secret));
            mail.poll(community, meeting, person, organiser.displayName(), candidates, secret);
        }
        activity.publish(community, meeting, ActivityKind.MEETING_POLL, organiser,
                organiser.displayName() + " proposes times for “" + meeting.title() + "”", Set.copyOf(invitees));
        return id;
    }

    /**
     * Schedules the meeting at one of its candidate times, as a single meeting or the first of a series.
     */
    @Transactional
    void schedule(Actor actor, Community community, long meetingId, long candidateId, String repeat, String occurrences) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = locked(community, meetingId);
        if (!meeting.polling()) {
            throw new ConflictException(meeting.cancelled() ? "This meeting is cancelled." : "This meeting already has its time.");
        }
        TextInput input = new TextInput();
        Instant start = meetings.candidates(meetingId).stream().filter(c -> c.id() == candidateId).findFirst()
                .map(Meetings.Candidate::startsAt).orElse(null);
        if (start == null) {
            input.error("candidate", "Choose one of the proposed times.");
        } else if (!start.isAfter(clock.instant())) {
            input.error("candidate", "This time has passed. Choose a later one, or propose new times.");
        }
        String rule = rule(input, repeat, occurrences);
        input.throwIfInvalid();
        meetings.schedule(meetingId, start, rule);
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        meeting = meetings.find(meetingId).orElseThrow();
        recordBurdens(meeting);
        String pageUrl = mail.link(MeetingAddress.meeting(community.slug(), meetingId));
        MeetingPages.Created created = pages.create(community, meeting, organiser, pageUrl);
        meetings.setPages(meetingId, created.agenda(), created.minutes());
        meetings.recordCreation(meetingId, organiser.id(), "Scheduled" + (rule == null ? "" : " (" + rule + ")"));
        meeting = meetings.find(meetingId).orElseThrow();
        List<Long> invitees = meetings.invitees(meetingId);
        MeetingCalendar.Details details = details(community, meeting);
        mail.invitations(community, details, people.mayView(invitees, community.id()).values(), null);
        activity.publish(community, meeting, ActivityKind.MEETING_INVITATION, organiser,
                "“" + meeting.title() + "” is scheduled for " + MeetingTimes.full(start, meeting.zone()), Set.copyOf(invitees));
    }

    /** Changes the details and, once scheduled, the time of the first occurrence. */
    @Transactional
    void edit(Actor actor, Community community, long meetingId, MeetingDetailsForm form) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = locked(community, meetingId);
        if (meeting.cancelled()) {
            throw new ConflictException("This meeting is cancelled.");
        }
        TextInput input = new TextInput();
        MeetingDetails details = MeetingDetails.check(input, form.title(), form.kind(), form.agenda(), form.duration(),
                form.onlineLink(), form.place());
        Instant start = meeting.startsAt();
        if (meeting.scheduled() && form.start() != null && !form.start().isBlank()) {
            List<Instant> parsed = CandidateTimes.parse(input, "start", List.of(form.start()), meeting.zone(),
                    java.time.Duration.ofMinutes(details.durationMinutes()), clock.instant());
            if (parsed.size() == 1) {
                start = parsed.get(0);
            }
        }
        input.throwIfInvalid();
        List<String> changes = new ArrayList<>();
        if (!details.title().equals(meeting.title())) {
            changes.add("new title");
        }
        if (meeting.scheduled() && !start.equals(meeting.startsAt())) {
            changes.add("new time " + MeetingTimes.full(start, meeting.zone()));
        }
        if (details.durationMinutes() != meeting.durationMinutes()) {
            changes.add("now " + details.durationMinutes() + " minutes");
        }
        if (!java.util.Objects.equals(details.onlineLink(), meeting.onlineLink()) || !java.util.Objects.equals(details.place(), meeting.place())) {
            changes.add("new place or link");
        }
        if (!details.agenda().equals(meeting.agenda()) || details.kind() != meeting.kind()) {
            changes.add("agenda or kind updated");
        }
        if (changes.isEmpty()) {
            return;
        }
        meetings.updateDetails(meetingId, details.title(), details.kind(), details.agenda(), details.durationMinutes(),
                details.onlineLink(), details.place());
        if (meeting.scheduled()) {
            if (!start.equals(meeting.startsAt())) {
                meetings.reschedule(meetingId, start);
            }
            changed(actor, community, meetingId, String.join("; ", changes));
        }
    }

    /** Skips one occurrence of a series ({@code newStart} blank) or moves it. */
    @Transactional
    void exception(Actor actor, Community community, long meetingId, String occurrence, String newStart) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = locked(community, meetingId);
        if (!meeting.scheduled() || !meeting.series()) {
            throw new ConflictException("Only a scheduled series has occurrences to skip or move.");
        }
        TextInput input = new TextInput();
        Instant original = null;
        try {
            original = Instant.parse(occurrence == null ? "" : occurrence.strip());
        } catch (java.time.format.DateTimeParseException e) {
            input.error("occurrence", "Choose an occurrence of the series.");
        }
        if (original != null && !Occurrences.dates(meeting.startsAt(), meeting.zone(), meeting.recurrence()).contains(original)) {
            input.error("occurrence", "Choose an occurrence of the series.");
        } else if (original != null && !original.isAfter(clock.instant())) {
            input.error("occurrence", "This occurrence has already taken place.");
        }
        Instant moved = null;
        if (newStart != null && !newStart.isBlank()) {
            List<Instant> parsed = CandidateTimes.parse(input, "newStart", List.of(newStart), meeting.zone(), meeting.duration(),
                    clock.instant());
            moved = parsed.size() == 1 ? parsed.get(0) : null;
        }
        input.throwIfInvalid();
        meetings.putException(meetingId, original, moved, actor.accountId());
        changed(actor, community, meetingId, (moved == null ? "the meeting of " + MeetingTimes.full(original, meeting.zone()) + " is skipped"
                : "the meeting of " + MeetingTimes.full(original, meeting.zone()) + " moves to " + MeetingTimes.full(moved, meeting.zone())));
    }

    @Transactional
    void cancel(Actor actor, Community community, long meetingId) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = locked(community, meetingId);
        if (meeting.cancelled()) {
            throw new ConflictException("This meeting is already cancelled.");
        }
        boolean wasScheduled = meeting.scheduled();
        meetings.cancel(meetingId);
        tallies.forget(meetingId);
        meetings.changed(meetingId, actor.accountId(), "Cancelled");
        Meeting cancelled = meetings.find(meetingId).orElseThrow();
        List<Long> invitees = meetings.invitees(meetingId);
        MeetingCalendar.Details details = details(community, cancelled);
        mail.cancellations(community, details, people.mayView(invitees, community.id()).values(), wasScheduled);
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        activity.publish(community, cancelled, ActivityKind.MEETING_CANCELLED, organiser,
                "“" + cancelled.title() + "” is cancelled", Set.copyOf(invitees));
    }

    /** Records who took part in one occurrence (replacing an earlier record of it). */
    @Transactional
    void recordAttendance(Actor actor, Community community, long meetingId, String occurrence, List<Long> present,
                          Attendance attendance) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = locked(community, meetingId);
        if (!meeting.scheduled()) {
            throw new ConflictException("Attendance is recorded for scheduled meetings.");
        }
        Instant original;
        try {
            original = occurrence == null || occurrence.isBlank() ? meeting.startsAt() : Instant.parse(occurrence.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("occurrence", "Choose an occurrence of the meeting.");
        }
        Occurrences.Occurrence held = Occurrences.of(meeting.startsAt(), meeting.zone(), meeting.recurrence(), meeting.duration(),
                        meetings.exceptions(meetingId)).stream()
                .filter(o -> o.originalStart().equals(original) && !o.skipped()).findFirst()
                .orElseThrow(() -> new InvalidInputException("occurrence", "Choose an occurrence of the meeting."));
        if (held.start().isAfter(clock.instant())) {
            throw new InvalidInputException("occurrence", "This meeting has not started yet: record who took part once it has.");
        }
        Set<Long> invited = Set.copyOf(meetings.invitees(meetingId));
        List<Long> ids = present == null ? List.of() : present.stream().distinct().toList();
        if (!invited.containsAll(ids)) {
            throw new InvalidInputException("present", "Only invitees can be recorded as present.");
        }
        attendance.record(meetingId, original, ids, actor.accountId());
    }

    // --- helpers

    private void changed(Actor actor, Community community, long meetingId, String what) {
        meetings.changed(meetingId, actor.accountId(), what);
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        recordBurdens(meeting);
        List<Long> invitees = meetings.invitees(meetingId);
        MeetingCalendar.Details details = details(community, meeting);
        mail.invitations(community, details, people.mayView(invitees, community.id()).values(), what);
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        activity.publish(community, meeting, ActivityKind.MEETING_CHANGED, organiser,
                "“" + meeting.title() + "” changed: " + what, Set.copyOf(invitees));
    }

    /** The tally: every invitee for whom the (first) time is bad carries this meeting, once per occurrence. */
    private void recordBurdens(Meeting meeting) {
        List<Occurrences.Occurrence> occurrences = Occurrences.of(meeting.startsAt(), meeting.zone(), meeting.recurrence(),
                meeting.duration(), meetings.exceptions(meeting.id()));
        int held = (int) occurrences.stream().filter(o -> !o.skipped()).count();
        Map<Long, LocalHours> bad = new LinkedHashMap<>();
        for (MeetingPeople.Person person : people.byId(meetings.invitees(meeting.id())).values()) {
            LocalHours hours = LocalHours.of(person.zone(), person.weekend(), meeting.startsAt(), meeting.duration().toSeconds());
            if (hours.outsideWorkingHours()) {
                bad.put(person.id(), hours);
            }
        }
        tallies.record(meeting, bad, held, meeting.startsAt());
    }

    MeetingCalendar.Details details(Community community, Meeting meeting) {
        Account organiser = accounts.byId(meeting.organiserId()).orElse(null);
        return new MeetingCalendar.Details(meeting, mail.host(), mail.link(MeetingAddress.meeting(community.slug(), meeting.id())),
                organiser == null ? "StatCommons" : organiser.displayName(), mail.fromAddress(), meetings.exceptions(meeting.id()));
    }

    private Meeting locked(Community community, long meetingId) {
        return meetings.lock(meetingId).filter(m -> m.communityId() == community.id())
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException("There is no such meeting in this community."));
    }

    private static String rule(TextInput input, String repeat, String occurrences) {
        Repeat choice = Repeat.NONE;
        if (repeat != null && !repeat.isBlank()) {
            try {
                choice = Repeat.valueOf(repeat.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                input.error("repeat", "Choose how the meeting repeats from the list.");
                return null;
            }
        }
        if (choice == Repeat.NONE) {
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(occurrences == null ? "" : occurrences.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 2 || count > choice.maxOccurrences()) {
            input.error("occurrences", "A series " + choice.label().toLowerCase() + " has from 2 to " + choice.maxOccurrences()
                    + " meetings.");
            return null;
        }
        return choice.rule(count);
    }

    private List<Long> invitees(TextInput input, Community community, Invitation invitation, long organiserId) {
        Set<Long> members = new LinkedHashSet<>();
        for (Membership membership : memberships.of(community.id())) {
            members.add(membership.accountId());
        }
        Set<Long> chosen = new LinkedHashSet<>();
        switch (invitation.scope()) {
            case ALL_MEMBERS -> chosen.addAll(members);
            case TOPIC_GROUP -> {
                if (invitation.topicGroupId() != null) {
                    chosen.addAll(topicGroups.memberIds(invitation.topicGroupId()));
                }
            }
            case CHOSEN -> {
                for (Long id : invitation.people()) {
                    if (!members.contains(id)) {
                        input.error("people", "Only members of the community can be invited.");
                        return List.of();
                    }
                    chosen.add(id);
                }
            }
        }
        // the organiser takes part in what they organise, if they are a member
        if (members.contains(organiserId)) {
            chosen.add(organiserId);
        }
        chosen.retainAll(members);
        if (chosen.stream().noneMatch(id -> id != organiserId)) {
            input.error(invitation.scope() == Invitation.Scope.CHOSEN ? "people" : "invite", "Invite at least one member besides yourself.");
        }
        return List.copyOf(chosen);
    }
}
