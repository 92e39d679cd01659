package org.statcommons.meetings;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * What organisers do to a meeting as a whole: propose one with candidate times, change it, cancel it. The forms'
 * times are typed in the organiser's zone (a new meeting) or the meeting's; a refused form comes back as typed,
 * with the messages next to the fields.
 */
@Controller
@CommunityTab("meetings")
class MeetingEditorController {

    private final Meetings meetings;
    private final MeetingPresenter presenter;
    private final PersonFinder people;
    private final ProposeMeeting proposeMeeting;
    private final ChangeMeeting changeMeeting;
    private final CancelMeeting cancelMeeting;
    private final Clock clock;

    MeetingEditorController(
            Meetings meetings,
            MeetingPresenter presenter,
            PersonFinder people,
            ProposeMeeting proposeMeeting,
            ChangeMeeting changeMeeting,
            CancelMeeting cancelMeeting,
            Clock clock) {
        this.meetings = meetings;
        this.presenter = presenter;
        this.people = people;
        this.proposeMeeting = proposeMeeting;
        this.changeMeeting = changeMeeting;
        this.cancelMeeting = cancelMeeting;
        this.clock = clock;
    }

    /** The form to propose a meeting: an hour, a regular meeting, every member; or as typed when refused. */
    @GetMapping("/c/{slug}/meetings/new")
    String newForm(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @ModelAttribute("form") NewMeetingForm form,
            Actor actor,
            Model model) {
        model.addAttribute("form", form.withDefaults());
        model.addAttribute("choices", presenter.newMeeting(community, actor));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("maxCandidates", CandidateTimes.MAX);
        return "meetings/new";
    }

    /** Times typed without an offset are in the organiser's zone. */
    @PostMapping("/c/{slug}/meetings/new")
    @ShowFormOnError("newForm")
    String propose(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @ModelAttribute("form") NewMeetingForm form,
            Actor actor) {
        long id = proposeMeeting.propose(
                actor, community, form.command(people.zoneOf(actor.accountId()), clock.instant()));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id) + "?proposed";
    }

    /** The form to change a meeting: as it is, or as typed when refused. */
    @GetMapping("/c/{slug}/meetings/{id}/edit")
    String editForm(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") MeetingDetailsForm form,
            Model model) {
        Meeting meeting = meetings.inCommunity(community, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form.typed() ? form : MeetingDetailsForm.of(meeting));
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings/edit";
    }

    /** A new start is typed in the meeting's zone. */
    @PostMapping("/c/{slug}/meetings/{id}/edit")
    @ShowFormOnError("editForm")
    String change(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") MeetingDetailsForm form,
            Actor actor,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.inCommunity(community, id);
        changeMeeting.change(actor, community, id, form.command(meeting, clock.instant()));
        redirect.addFlashAttribute(
                "notice",
                meeting.scheduled() ? Text.of("meetings.notice.saved-told") : Text.of("meetings.notice.saved"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id);
    }

    @GetMapping("/c/{slug}/meetings/{id}/cancel")
    String cancelForm(@Permitted(Action.ORGANISE_MEETING) Community community, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.inCommunity(community, id));
        return "meetings/cancel";
    }

    @PostMapping("/c/{slug}/meetings/{id}/cancel")
    String cancel(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        cancelMeeting.cancel(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("meetings.notice.cancelled"));
        return "redirect:" + MeetingAddress.meeting(community.slug(), id);
    }
}
