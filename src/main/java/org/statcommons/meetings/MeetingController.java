package org.statcommons.meetings;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's meetings and the screen of one meeting with its forms, all working without JavaScript: answering
 * the poll, choosing the time, skipping or moving an occurrence of a series, recording attendance. A refused form
 * comes back on the meeting's screen with the message and what was typed. Proposing, changing and cancelling are
 * {@link MeetingEditorController}'s.
 */
@Controller
@CommunityTab("meetings")
class MeetingController {

    private final Meetings meetings;
    private final MeetingPresenter presenter;
    private final AnswerPoll answerPoll;
    private final ScheduleMeeting scheduleMeeting;
    private final ChangeOccurrence changeOccurrence;
    private final RecordAttendance recordAttendance;
    private final Clock clock;

    MeetingController(
            Meetings meetings,
            MeetingPresenter presenter,
            AnswerPoll answerPoll,
            ScheduleMeeting scheduleMeeting,
            ChangeOccurrence changeOccurrence,
            RecordAttendance recordAttendance,
            Clock clock) {
        this.meetings = meetings;
        this.presenter = presenter;
        this.answerPoll = answerPoll;
        this.scheduleMeeting = scheduleMeeting;
        this.changeOccurrence = changeOccurrence;
        this.recordAttendance = recordAttendance;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/meetings")
    String list(@Permitted(Action.VIEW_MEETINGS) Community community, Model model) {
        model.addAttribute("listing", presenter.listing(community));
        return "meetings/list";
    }

    /**
     * The meeting's screen. Its forms are empty, or as typed when one of them was refused: the answers
     * ({@code answer-<candidate id>}), the scheduling choice, the occurrence to skip or move, the attendance.
     */
    @GetMapping("/c/{slug}/meetings/{id}")
    String show(
            @Permitted(Action.VIEW_MEETINGS) Community community,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @ModelAttribute("schedule") ScheduleForm schedule,
            @ModelAttribute("occurrenceForm") OccurrenceForm occurrence,
            @ModelAttribute("attendance") AttendanceForm attendance,
            Actor actor,
            Model model) {
        Meeting meeting = meetings.inCommunity(community, id);
        MeetingPresenter.MeetingScreen screen = presenter.screen(actor, community, meeting, NewAnswers.typed(fields));
        model.addAttribute("meeting", meeting);
        model.addAttribute("view", screen.view());
        model.addAttribute("screen", screen);
        model.addAttribute("repeats", Repeat.values());
        return "meetings/meeting";
    }

    @PostMapping("/c/{slug}/meetings/{id}/answers")
    @ShowFormOnError("show")
    String answer(
            @Permitted(Action.VIEW_MEETINGS) Community community,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Actor actor,
            RedirectAttributes redirect) {
        answerPoll.answer(actor, community, id, NewAnswers.fromForm(fields));
        redirect.addFlashAttribute("notice", Text.of("meetings.notice.answered"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id) + "#poll";
    }

    @PostMapping("/c/{slug}/meetings/{id}/schedule")
    @ShowFormOnError("show")
    String schedule(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @ModelAttribute("schedule") ScheduleForm form,
            Actor actor,
            RedirectAttributes redirect) {
        scheduleMeeting.schedule(actor, community, id, form.command());
        redirect.addFlashAttribute("notice", Text.of("meetings.notice.scheduled"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id);
    }

    /** Skips one occurrence of a series (no new time) or moves it; the new time is typed in the meeting's zone. */
    @PostMapping("/c/{slug}/meetings/{id}/exceptions")
    @ShowFormOnError("show")
    String changeOccurrence(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @ModelAttribute("occurrenceForm") OccurrenceForm form,
            Actor actor,
            RedirectAttributes redirect) {
        OccurrenceChange change = form.command(meetings.inCommunity(community, id), clock.instant());
        changeOccurrence.change(actor, community, id, change);
        redirect.addFlashAttribute(
                "notice",
                change.newStart() == null
                        ? Text.of("meetings.notice.occurrence-skipped")
                        : Text.of("meetings.notice.occurrence-moved"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id) + "#occurrences";
    }

    @PostMapping("/c/{slug}/meetings/{id}/attendance")
    @ShowFormOnError("show")
    String attendance(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @ModelAttribute("attendance") AttendanceForm form,
            Actor actor,
            RedirectAttributes redirect) {
        recordAttendance.record(actor, community, id, form.command());
        redirect.addFlashAttribute("notice", Text.of("meetings.notice.attendance"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id) + "#attendance";
    }
}
