package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.TextInput;

/**
 * The meeting pages of a community, all working without JavaScript: the list, proposing a meeting with
 * candidate times, the meeting with its poll and fairness figures, answering, picking the time, changing,
 * skipping or moving an occurrence, cancelling, attendance.
 */
@Controller
class MeetingController {

    private final MeetingSite site;
    private final Meetings meetings;
    private final MeetingViews views;
    private final Organising organising;
    private final PollAnswers answers;
    private final Attendance attendance;
    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final MeetingPeople people;
    private final Accounts accounts;
    private final Markdown markdown;
    private final Clock clock;

    MeetingController(MeetingSite site, Meetings meetings, MeetingViews views, Organising organising, PollAnswers answers,
                      Attendance attendance, Memberships memberships, TopicGroupMembers topicGroups, MeetingPeople people,
                      Accounts accounts, Markdown markdown, Clock clock) {
        this.clock = clock;
        this.site = site;
        this.meetings = meetings;
        this.views = views;
        this.organising = organising;
        this.answers = answers;
        this.attendance = attendance;
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.people = people;
        this.accounts = accounts;
        this.markdown = markdown;
    }

    /** A line of the list: the meeting and its next (or last) occurrence. */
    record Listed(Meeting meeting, String when, String status) {
    }

    @GetMapping("/c/{slug}/meetings")
    String list(@PathVariable String slug, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.VIEW_MEETINGS, model);
        Instant now = clock.instant();
        List<Listed> polls = new ArrayList<>();
        List<Listed> upcoming = new ArrayList<>();
        List<Listed> past = new ArrayList<>();
        for (Meeting meeting : meetings.ofCommunity(community.id())) {
            if (meeting.polling()) {
                polls.add(new Listed(meeting, "Finding a time", "poll"));
                continue;
            }
            if (meeting.startsAt() == null) {
                past.add(new Listed(meeting, "No time was chosen", "cancelled"));
                continue;
            }
            List<Occurrences.Occurrence> occurrences = Occurrences.of(meeting.startsAt(), meeting.zone(), meeting.recurrence(),
                    meeting.duration(), meetings.exceptions(meeting.id())).stream().filter(o -> !o.skipped()).toList();
            Occurrences.Occurrence next = occurrences.stream().filter(o -> o.end().isAfter(now)).findFirst().orElse(null);
            if (next != null && !meeting.cancelled()) {
                upcoming.add(new Listed(meeting, MeetingTimes.full(next.start(), meeting.zone()) + (meeting.series() ? " (series)" : ""), "upcoming"));
            } else {
                Occurrences.Occurrence last = occurrences.isEmpty() ? null : occurrences.get(occurrences.size() - 1);
                past.add(new Listed(meeting, last == null ? "" : MeetingTimes.full(last.start(), meeting.zone()),
                        meeting.cancelled() ? "cancelled" : "held"));
            }
        }
        upcoming.sort(java.util.Comparator.comparing(l -> l.meeting().startsAt()));
        model.addAttribute("polls", polls);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        return "meetings/list";
    }

    @GetMapping("/c/{slug}/meetings/new")
    String newForm(@PathVariable String slug, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.ORGANISE_MEETING, model);
        return form(model, community, actor, Map.of("duration", "60", "invite", "ALL_MEMBERS", "kind", "REGULAR"), List.of(), Map.of());
    }

    @PostMapping("/c/{slug}/meetings/new")
    String create(@PathVariable String slug, Actor actor, @RequestParam Map<String, String> fields,
                  @RequestParam(name = "people", required = false) List<Long> chosen, Model model, HttpServletResponse response) {
        Community community = site.open(slug, actor, Action.ORGANISE_MEETING, model);
        try {
            long id = organising.propose(actor, community, newMeeting(fields, chosen, actor));
            return "redirect:" + MeetingAddress.meeting(slug, id) + "?proposed";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, community, actor, fields, chosen == null ? List.of() : chosen, e.byField());
        }
    }

    /** The new-meeting form as typed, parsed: times typed without an offset are in the organiser's zone. */
    private NewMeeting newMeeting(Map<String, String> fields, List<Long> chosen, Actor actor) {
        TextInput input = new TextInput();
        MeetingDetails details = MeetingDetails.check(input, fields.get("title"), fields.get("kind"), fields.get("agenda"),
                fields.get("duration"), fields.get("onlineLink"), fields.get("place"));
        Invitation invitation = Invitation.parse(input, fields.get("invite"), number(fields.get("topicGroupId")), chosen);
        return NewMeeting.of(input, details, List.of(fields.getOrDefault("candidates", "")), invitation,
                people.zoneOf(actor.accountId()), clock.instant());
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String form(Model model, Community community, Actor actor, Map<String, String> fields, List<Long> chosen,
                        Map<String, String> errors) {
        MeetingPeople.Person me = people.byId(List.of(actor.accountId())).values().stream().findFirst().orElseThrow();
        List<Long> memberIds = memberships.of(community.id()).stream().map(Membership::accountId).toList();
        model.addAttribute("form", fields);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("groups", topicGroups.of(community.id()));
        model.addAttribute("members", people.byId(memberIds).values().stream()
                .sorted(java.util.Comparator.comparing(p -> p.name().toLowerCase())).toList());
        model.addAttribute("myZone", me.zone().getId());
        model.addAttribute("myZoneAssumed", me.zoneAssumed());
        model.addAttribute("maxCandidates", CandidateTimes.MAX);
        return "meetings/new";
    }

    @GetMapping("/c/{slug}/meetings/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.VIEW_MEETINGS, model);
        Meeting meeting = site.meeting(community, id);
        MeetingView view = views.of(meeting);
        model.addAttribute("view", view);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agendaHtml", markdown.toHtml(meeting.agenda()));
        boolean invited = actor.signedIn() && view.invitees().stream().anyMatch(p -> p.id() == actor.accountId());
        model.addAttribute("invited", invited);
        model.addAttribute("myId", actor.accountId());
        model.addAttribute("mayOrganise", site.may(actor, Action.ORGANISE_MEETING, community));
        model.addAttribute("repeats", Repeat.values());
        model.addAttribute("agendaLink", meeting.agendaPage() == null ? null : org.statcommons.content.PageAddress.page(slug, meeting.agendaPage()));
        model.addAttribute("minutesLink", meeting.minutesPage() == null ? null : org.statcommons.content.PageAddress.page(slug, meeting.minutesPage()));
        boolean myZoneAssumed = actor.signedIn() && people.byId(List.of(actor.accountId())).values().stream()
                .anyMatch(MeetingPeople.Person::zoneAssumed);
        model.addAttribute("myZoneAssumed", myZoneAssumed);
        return "meetings/meeting";
    }

    @PostMapping("/c/{slug}/meetings/{id}/answers")
    String answer(@PathVariable String slug, @PathVariable long id, Actor actor, @RequestParam Map<String, String> fields,
                  RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.VIEW_MEETINGS);
        try {
            answers.answerSignedIn(actor, community, id, answersOf(fields));
            redirect.addFlashAttribute("notice", "Your answers are saved. You can change them until the time is chosen.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:" + MeetingAddress.meeting(slug, id) + "#poll";
    }

    @PostMapping("/c/{slug}/meetings/{id}/schedule")
    String schedule(@PathVariable String slug, @PathVariable long id, Actor actor, @RequestParam(defaultValue = "0") long candidate,
                    @RequestParam(defaultValue = "NONE") String repeat, @RequestParam(defaultValue = "") String occurrences,
                    RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        try {
            organising.schedule(actor, community, id, candidate, repeat, occurrences);
            redirect.addFlashAttribute("notice", "The meeting is scheduled and the invitations are on their way.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:" + MeetingAddress.meeting(slug, id);
    }

    @GetMapping("/c/{slug}/meetings/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.ORGANISE_MEETING, model);
        Meeting meeting = site.meeting(community, id);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", meeting.title());
        fields.put("kind", meeting.kind().name());
        fields.put("agenda", meeting.agenda());
        fields.put("duration", String.valueOf(meeting.durationMinutes()));
        fields.put("onlineLink", meeting.onlineLink() == null ? "" : meeting.onlineLink());
        fields.put("place", meeting.place() == null ? "" : meeting.place());
        fields.put("start", meeting.startsAt() == null ? "" : MeetingTimes.input(meeting.startsAt(), meeting.zone()));
        return editPage(model, meeting, fields, Map.of());
    }

    @PostMapping("/c/{slug}/meetings/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Actor actor, @RequestParam Map<String, String> fields, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Community community = site.open(slug, actor, Action.ORGANISE_MEETING, model);
        Meeting meeting = site.meeting(community, id);
        try {
            organising.edit(actor, community, id, new MeetingDetailsForm(fields.get("title"), fields.get("kind"), fields.get("agenda"),
                    fields.get("duration"), fields.get("onlineLink"), fields.get("place"), fields.get("start")));
            redirect.addFlashAttribute("notice", meeting.scheduled() ? "Saved; invitees receive the updated invitation." : "Saved.");
            return "redirect:" + MeetingAddress.meeting(slug, id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return editPage(model, meeting, fields, e.byField());
        }
    }

    private String editPage(Model model, Meeting meeting, Map<String, String> fields, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings/edit";
    }

    @GetMapping("/c/{slug}/meetings/{id}/cancel")
    String cancelForm(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.ORGANISE_MEETING, model);
        model.addAttribute("meeting", site.meeting(community, id));
        return "meetings/cancel";
    }

    @PostMapping("/c/{slug}/meetings/{id}/cancel")
    String cancel(@PathVariable String slug, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        organising.cancel(actor, community, id);
        redirect.addFlashAttribute("notice", "The meeting is cancelled; invitees are told.");
        return "redirect:" + MeetingAddress.meeting(slug, id);
    }

    @PostMapping("/c/{slug}/meetings/{id}/exceptions")
    String exception(@PathVariable String slug, @PathVariable long id, Actor actor, @RequestParam(defaultValue = "") String occurrence,
                     @RequestParam(defaultValue = "") String newStart, RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        try {
            organising.exception(actor, community, id, occurrence, newStart);
            redirect.addFlashAttribute("notice", newStart.isBlank() ? "That meeting of the series is skipped." : "That meeting of the series is moved.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:" + MeetingAddress.meeting(slug, id) + "#occurrences";
    }

    @PostMapping("/c/{slug}/meetings/{id}/attendance")
    String attendance(@PathVariable String slug, @PathVariable long id, Actor actor, @RequestParam(defaultValue = "") String occurrence,
                      @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        try {
            organising.recordAttendance(actor, community, id, occurrence, present, attendance);
            redirect.addFlashAttribute("notice", "Attendance recorded.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:" + MeetingAddress.meeting(slug, id) + "#attendance";
    }

    /** Form fields {@code answer-<candidate id>} → answer. */
    static Map<Long, String> answersOf(Map<String, String> fields) {
        Map<Long, String> answers = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("answer-")) {
                try {
                    answers.put(Long.parseLong(name.substring("answer-".length())), value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("answers", "Answer only the times proposed for this meeting.");
                }
            }
        });
        return answers;
    }

    static String message(RuntimeException e) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return String.join(" ", invalid.errors().stream().map(InvalidInputException.FieldMessage::message).toList());
        }
        return e.getMessage();
    }
}
