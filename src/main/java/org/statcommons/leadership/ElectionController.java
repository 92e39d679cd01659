package org.statcommons.leadership;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.MemberPicker;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * An election's page, for those who see the members' area: its periods, the nominations (nominate, accept or
 * decline), the secret ranked ballot, the results with each seat's rounds; and the secretariat's buttons (announce a
 * draft, open the vote).
 */
@Controller
@CommunityTab("members")
class ElectionController {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ElectionPresenter presenter;
    private final SetUpElection setUpElection;
    private final Nominate nominate;
    private final OpenVoting openVoting;
    private final CastBallot castBallot;
    private final MemberPicker picker;
    private final Permissions permissions;

    ElectionController(
            ElectionPresenter presenter,
            SetUpElection setUpElection,
            Nominate nominate,
            OpenVoting openVoting,
            CastBallot castBallot,
            MemberPicker picker,
            Permissions permissions) {
        this.presenter = presenter;
        this.setUpElection = setUpElection;
        this.nominate = nominate;
        this.openVoting = openVoting;
        this.castBallot = castBallot;
        this.picker = picker;
        this.permissions = permissions;
    }

    @GetMapping("/c/{slug}/elections/{id}")
    String election(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("election") NewElection form,
            @RequestParam(defaultValue = "") String nominee,
            Actor actor,
            TimePresenter times,
            Model model) {
        Election election = presenter.visible(actor, community, id);
        ElectionPresenter.ElectionView view = presenter.present(actor, community, election);
        model.addAttribute("view", view);
        boolean manages = permissions.may(actor, Action.MANAGE_CO_LEADS, community.id());
        model.addAttribute("manages", manages);
        if (election.state() == ElectionState.DRAFT && form.title() == null) {
            model.addAttribute(
                    "election",
                    new NewElection(
                            String.valueOf(election.bodyId()),
                            election.titleIn(times),
                            String.valueOf(election.seats()),
                            TYPED.format(election.nominationsEnd().atZone(times.zone())),
                            TYPED.format(election.votingEnd().atZone(times.zone())),
                            election.termStartsOn().toString()));
        }
        model.addAttribute("nominee", nominee);
        model.addAttribute(
                "people",
                view.nominating() && permissions.may(actor, Action.NOMINATE_CANDIDATE, community.id())
                        ? picker.suggestions(community.id(), MemberPicker.Among.MEMBERS_BUT_GUESTS, List.of(), nominee)
                        : List.of());
        model.addAttribute("utc", ZoneOffset.UTC);
        return "leadership/election";
    }

    @PostMapping("/c/{slug}/elections/{id}/announce")
    @ShowFormOnError("election")
    String announce(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @PathVariable long id,
            @ModelAttribute("election") NewElection form,
            Actor actor,
            TimePresenter times,
            RedirectAttributes redirect) {
        setUpElection.announce(actor, community, id, form, times.zone());
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.announced"));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }

    @PostMapping("/c/{slug}/elections/{id}/nominations")
    @ShowFormOnError("election")
    String nominate(
            @Permitted(Action.NOMINATE_CANDIDATE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String nominee,
            Actor actor,
            RedirectAttributes redirect) {
        Long person = picker.pick(community.id(), MemberPicker.Among.MEMBERS_BUT_GUESTS, "nominee", nominee, true);
        nominate.nominate(actor, community, id, String.valueOf(person));
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.nominated"));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }

    @PostMapping("/c/{slug}/elections/{id}/nominations/{nomination}/answer")
    @ShowFormOnError("election")
    String answer(
            @Permitted(Action.NOMINATE_CANDIDATE) Community community,
            @PathVariable long id,
            @PathVariable long nomination,
            @RequestParam(defaultValue = "false") boolean accept,
            Actor actor,
            RedirectAttributes redirect) {
        nominate.answer(actor, community, id, nomination, accept);
        redirect.addFlashAttribute(
                "notice", Text.of(accept ? "leadership.notice.accepted" : "leadership.notice.declined"));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }

    @PostMapping("/c/{slug}/elections/{id}/voting")
    @ShowFormOnError("election")
    String open(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        int electors = openVoting.open(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.voting-open", electors));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }

    /** The ballot as the form sends it: {@code rank-N} beside each candidate N. */
    @PostMapping("/c/{slug}/elections/{id}/ballots")
    @ShowFormOnError("election")
    String vote(
            @Permitted(Action.VOTE_IN_DECISIONS) Community community,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            RedirectAttributes redirect) {
        Map<Integer, String> ranks = new HashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("rank-") && !values.isEmpty()) {
                try {
                    ranks.put(Integer.parseInt(name.substring(5)), values.get(0));
                } catch (NumberFormatException e) {
                    // not one of the form's fields: left out
                }
            }
        });
        castBallot.castRanks(actor, community, id, ranks);
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.voted"));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }
}
