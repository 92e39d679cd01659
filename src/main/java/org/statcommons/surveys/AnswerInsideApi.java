package org.statcommons.surveys;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.StatCommonsProperties;

/** The waves a member is asked to answer, and their own link to one (docs/api.md#surveys-feature-surveys). */
@RestController
class AnswerInsideApi {

    private final AnswerableFinder answerable;
    private final AnswerInside answerInside;
    private final StatCommonsProperties properties;

    AnswerInsideApi(AnswerableFinder answerable, AnswerInside answerInside, StatCommonsProperties properties) {
        this.answerable = answerable;
        this.answerInside = answerInside;
        this.properties = properties;
    }

    record LinkJson(String link) {}

    @GetMapping("/api/v1/communities/{slug}/surveys/to-answer")
    List<AnswerableFinder.ToAnswer> toAnswer(@Permitted(Action.ANSWER_SURVEYS) Community community, Actor actor) {
        return answerable.of(actor, community);
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/answer")
    LinkJson answer(
            @Permitted(Action.ANSWER_SURVEYS) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return new LinkJson(properties.link(SurveyLinkAddress.answer(answerInside.link(actor, community, id, waveId))));
    }
}
