package org.statcommons.meetings;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The personal answer link of a poll e-mail: the invitee answers without signing in (like Rallly). The
 * secret in the address is the only credential; it answers this poll for this invitee and nothing else, and
 * shows nothing but the meeting's title, the candidate times in the invitee's zone and their own answers.
 * Refused answers come back on the same screen, as chosen, with the message.
 */
@Controller
class AnswerLinkController {

    private final AnswerLinkChecker links;
    private final AnswerPoll answerPoll;
    private final AnswerLinkPresenter presenter;

    AnswerLinkController(AnswerLinkChecker links, AnswerPoll answerPoll, AnswerLinkPresenter presenter) {
        this.links = links;
        this.answerPoll = answerPoll;
        this.presenter = presenter;
    }

    /** The link's screen; the answers as typed when they were refused ({@code answer-<candidate id>}). */
    @GetMapping("/meetings/answer/{secret}")
    String show(@PathVariable String secret, @RequestParam Map<String, String> fields, Model model) {
        Meetings.Invitation invitation =
                links.check(secret).orElseThrow(() -> new NotFoundException(AnswerLinkChecker.INVALID));
        model.addAttribute("screen", presenter.present(invitation, NewAnswers.typed(fields)));
        model.addAttribute("action", MeetingAddress.answerLink(secret));
        return "meetings/answer";
    }

    /** The link is checked before the answers are read: a link that is not valid is told so, whatever it carries. */
    @PostMapping("/meetings/answer/{secret}")
    @ShowFormOnError("show")
    String answer(@PathVariable String secret, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        links.check(secret).orElseThrow(() -> new NotFoundException(AnswerLinkChecker.INVALID));
        answerPoll.answerByLink(secret, NewAnswers.fromForm(fields));
        redirect.addFlashAttribute("notice", Text.of("meetings.notice.answered-by-link"));
        return "redirect:" + MeetingAddress.answerLink(secret);
    }
}
