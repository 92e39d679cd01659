package org.statcommons.data.requests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Data requests: a community's list (most supported first) with the form to ask, support buttons and, for its data
 * team, the answer forms; and every community's requests beside the catalogue ({@code /data/requests}).
 */
@Controller
@CommunityTab("data")
class DataRequestController {

    private final DataRequestPresenter presenter;
    private final AskForData askForData;
    private final SupportDataRequest supportDataRequest;
    private final AnswerDataRequest answerDataRequest;

    DataRequestController(
            DataRequestPresenter presenter,
            AskForData askForData,
            SupportDataRequest supportDataRequest,
            AnswerDataRequest answerDataRequest) {
        this.presenter = presenter;
        this.askForData = askForData;
        this.supportDataRequest = supportDataRequest;
        this.answerDataRequest = answerDataRequest;
    }

    @GetMapping("/c/{slug}/data/requests")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") NewDataRequest form,
            Actor actor,
            Model model) {
        model.addAttribute("view", presenter.ofCommunity(actor, community));
        return "data/requests/list";
    }

    @PostMapping("/c/{slug}/data/requests")
    @ShowFormOnError("list")
    String ask(
            @Permitted(Action.REQUEST_DATA) Community community,
            @ModelAttribute("form") NewDataRequest form,
            Actor actor) {
        long id = askForData.ask(actor, community, form);
        return "redirect:" + DataRequestAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/data/requests/{id}/support")
    String support(@Permitted(Action.REQUEST_DATA) Community community, @PathVariable long id, Actor actor) {
        supportDataRequest.support(actor, community, id);
        return "redirect:" + DataRequestAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/data/requests/{id}/answer")
    @ShowFormOnError("list")
    String answer(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("answer") DataRequestAnswer answer,
            Actor actor) {
        answerDataRequest.answer(actor, community, id, answer);
        return "redirect:" + DataRequestAddress.of(community.slug(), id);
    }

    @GetMapping("/data/requests")
    String catalogue(Actor actor, Model model) {
        model.addAttribute("view", presenter.ofEveryCommunity(actor));
        return "data/requests/catalogue";
    }
}
