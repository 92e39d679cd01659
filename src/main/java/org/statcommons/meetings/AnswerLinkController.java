package org.statcommons.meetings;

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
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * The personal answer link of a poll e-mail: the invitee answers without signing in (like Rallly). The
 * secret in the address is the only credential; it answers this poll for this invitee and nothing else, and
 * shows nothing but the meeting's title, the candidate times in the invitee's zone and their own answers.
 */
@Controller
class AnswerLinkController {

    static final String INVALID = "This answer link is not valid. Use the link in your latest poll e-mail, "
            + "or sign in and answer on the meeting's page.";

    private final PollAnswers answers;
    private final Meetings meetings;
    private final MeetingViews views;
    private final MeetingPeople people;
    private final Communities communities;

    AnswerLinkController(PollAnswers answers, Meetings meetings, MeetingViews views, MeetingPeople people, Communities communities) {
        this.answers = answers;
        this.meetings = meetings;
        this.views = views;
        this.people = people;
        this.communities = communities;
    }

    @GetMapping("/meetings/answer/{secret}")
    String show(@PathVariable String secret, Model model) {
        Meetings.Invitation invitation = answers.byLink(secret).orElseThrow(() -> new NotFoundException(INVALID));
        return page(model, secret, invitation);
    }

    @PostMapping("/meetings/answer/{secret}")
    String answer(@PathVariable String secret, @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Meetings.Invitation invitation = answers.byLink(secret).orElseThrow(() -> new NotFoundException(INVALID));
        try {
            answers.answerByLink(secret, MeetingController.answersOf(fields));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", MeetingController.message(e));
            return page(model, secret, invitation);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("error", e.getMessage());
            return page(model, secret, invitation);
        }
        redirect.addFlashAttribute("notice", "Thank you — your answers are saved. You can change them with the same link until the time is chosen.");
        return "redirect:" + MeetingAddress.answerLink(secret);
    }

    private String page(Model model, String secret, Meetings.Invitation invitation) {
        Meeting meeting = meetings.find(invitation.meetingId()).orElseThrow(() -> new NotFoundException(INVALID));
        Community community = communities.byId(meeting.communityId()).orElseThrow(() -> new NotFoundException(INVALID));
        MeetingPeople.Person me = people.byId(List.of(invitation.accountId())).values().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(INVALID));
        MeetingView view = views.of(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("community", community);
        model.addAttribute("person", me);
        model.addAttribute("rows", view.candidates().stream().map(c -> new Row(c.id(), MeetingTimes.full(c.start(), me.zone()),
                c.answerOf(me.id()), c.suggested())).toList());
        model.addAttribute("when", meeting.startsAt() == null ? null : MeetingTimes.full(meeting.startsAt(), me.zone()));
        model.addAttribute("action", MeetingAddress.answerLink(secret));
        return "meetings/answer";
    }

    /** One candidate as the invitee sees it: in their own zone, with their answer. */
    record Row(long id, String when, String answer, boolean suggested) {
    }
}
