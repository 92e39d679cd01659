package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A decision's screens: proposing one, reading it with its tally, voting, closing it and writing its outcome. Times
 * typed in the proposal form are in the proposer's zone; the deadline is shown in each reader's. A refused form comes
 * back with its messages.
 */
@Controller
@CommunityTab("decisions")
class DecisionController {

    private final DecisionPresenter presenter;
    private final TopicGroupMembers topicGroups;
    private final ProposeDecision proposeDecision;
    private final CastVote castVote;
    private final CloseDecision closeDecision;
    private final ElectorateChooser electorates;

    DecisionController(
            DecisionPresenter presenter,
            TopicGroupMembers topicGroups,
            ProposeDecision proposeDecision,
            CastVote castVote,
            CloseDecision closeDecision,
            ElectorateChooser electorates) {
        this.presenter = presenter;
        this.topicGroups = topicGroups;
        this.proposeDecision = proposeDecision;
        this.castVote = castVote;
        this.closeDecision = closeDecision;
        this.electorates = electorates;
    }

    @GetMapping("/c/{slug}/decisions/new")
    String newForm(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            Model model) {
        // a body's page links here with ?electorate=body:<id>, the body chosen
        model.addAttribute(
                "form", form.title() == null ? DecisionForm.empty().withElectorate(form.electorate()) : form);
        model.addAttribute("groups", topicGroups.of(community.id()));
        model.addAttribute("bodies", electorates.bodiesFor(actor, community));
        model.addAttribute("kinds", DecisionKind.values());
        return "decisions/new";
    }

    @PostMapping("/c/{slug}/decisions")
    @ShowFormOnError("newForm")
    String propose(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            TimePresenter times) {
        long id = proposeDecision.propose(actor, community, form, times.zone());
        return "redirect:" + DecisionAddress.decision(community.slug(), id) + "?proposed";
    }

    @GetMapping("/c/{slug}/decisions/{id}")
    String show(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            Actor actor,
            TimePresenter times,
            Model model) {
        model.addAttribute("view", presenter.present(actor, community, id, times));
        return "decisions/decision";
    }

    /**
     * The vote as the form sends it: {@code choice} and {@code reason}; {@code rank-N} beside each option of a ranked
     * choice; {@code score-N} for a score; {@code chosen} (one or several) for a poll.
     */
    @PostMapping("/c/{slug}/decisions/{id}/vote")
    @ShowFormOnError("show")
    String vote(
            @Permitted(Action.VOTE_IN_DECISIONS) Community community,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor) {
        Map<Integer, String> ranks = new HashMap<>();
        Map<Integer, String> scores = new HashMap<>();
        List<Integer> chosen = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("rank-")) {
                ranks.put(position(name, "rank-"), values.get(0));
            } else if (name.startsWith("score-")) {
                scores.put(position(name, "score-"), values.get(0));
            }
        });
        for (String value : fields.getOrDefault("chosen", List.of())) {
            chosen.add(position(value, ""));
        }
        castVote.cast(
                actor,
                community,
                id,
                new NewVote(fields.getFirst("choice"), fields.getFirst("reason"), null, ranks, scores, chosen));
        return "redirect:" + DecisionAddress.decision(community.slug(), id) + "?voted";
    }

    @PostMapping("/c/{slug}/decisions/{id}/close")
    @ShowFormOnError("show")
    String close(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @PathVariable long id,
            @RequestParam(required = false) String statement,
            Actor actor) {
        closeDecision.close(actor, community, id, statement);
        return "redirect:" + DecisionAddress.decision(community.slug(), id) + "?closed";
    }

    @PostMapping("/c/{slug}/decisions/{id}/statement")
    @ShowFormOnError("show")
    String statement(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @PathVariable long id,
            @RequestParam(required = false) String statement,
            Actor actor) {
        closeDecision.writeStatement(actor, community, id, statement);
        return "redirect:" + DecisionAddress.decision(community.slug(), id);
    }

    private static int position(String name, String prefix) {
        try {
            return Integer.parseInt(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ranking", Text.of("decisions.ranked.unknown", name));
        }
    }
}
