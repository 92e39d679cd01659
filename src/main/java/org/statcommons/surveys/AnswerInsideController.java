package org.statcommons.surveys;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;

/**
 * A member's way from the Surveys screen to their own link of a wave they are asked to answer: {@link
 * Action#ANSWER_SURVEYS} here, the wave's audience in {@link AnswerInside}.
 */
@Controller
@CommunityTab("surveys")
class AnswerInsideController {

    private final AnswerInside answerInside;

    AnswerInsideController(AnswerInside answerInside) {
        this.answerInside = answerInside;
    }

    /** A member goes to their own link of a wave they are asked to answer. */
    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/answer")
    String answer(
            @Permitted(Action.ANSWER_SURVEYS) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return "redirect:" + SurveyLinkAddress.answer(answerInside.link(actor, community, id, waveId));
    }
}
