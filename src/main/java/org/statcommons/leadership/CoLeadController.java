package org.statcommons.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.MemberPicker;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's co-leads, current and past, as public as the landing page; its elections for those who see the
 * members' area; and the secretariat's forms: record a term, extend one for continuity, set up an election.
 */
@Controller
@CommunityTab("members")
class CoLeadController {

    /** A term as the screen shows it. */
    record TermView(Term term, String name, Text detail, String body, boolean mayExtend) {}

    private final Terms terms;
    private final Elections elections;
    private final Bodies bodies;
    private final MemberPicker picker;
    private final Permissions permissions;
    private final RecordTerm recordTerm;
    private final ExtendTerm extendTerm;
    private final SetUpElection setUpElection;
    private final ElectionPresenter presenter;

    CoLeadController(
            Terms terms,
            Elections elections,
            Bodies bodies,
            MemberPicker picker,
            Permissions permissions,
            RecordTerm recordTerm,
            ExtendTerm extendTerm,
            SetUpElection setUpElection,
            ElectionPresenter presenter) {
        this.terms = terms;
        this.elections = elections;
        this.bodies = bodies;
        this.picker = picker;
        this.permissions = permissions;
        this.recordTerm = recordTerm;
        this.extendTerm = extendTerm;
        this.setUpElection = setUpElection;
        this.presenter = presenter;
    }

    @GetMapping("/c/{slug}/co-leads")
    String coLeads(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") NewTerm form,
            @ModelAttribute("election") NewElection election,
            Actor actor,
            Model model) {
        LocalDate today = presenter.today();
        List<Term> all = terms.of(community.id());
        Map<Long, String> names =
                presenter.names(all.stream().map(Term::accountId).distinct().toList());
        Map<Long, String> bodyNames = new java.util.HashMap<>();
        List<Body> communityBodies = bodies.of(community);
        communityBodies.forEach(b -> bodyNames.put(b.id(), b.name()));
        boolean manages = permissions.may(actor, Action.MANAGE_CO_LEADS, community.id());
        model.addAttribute(
                "terms",
                all.stream()
                        .map(t -> new TermView(
                                t,
                                names.getOrDefault(t.accountId(), "?"),
                                CoLeadSections.detail(t, today),
                                t.bodyId() == null ? null : bodyNames.get(t.bodyId()),
                                manages && !t.extended() && !t.past(today)))
                        .toList());
        boolean inside = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        model.addAttribute(
                "elections",
                inside
                        ? elections.of(community.id()).stream()
                                .filter(e -> manages || e.state() != ElectionState.DRAFT)
                                .toList()
                        : List.of());
        model.addAttribute("manages", manages);
        model.addAttribute("bodies", manages ? communityBodies : List.of());
        model.addAttribute(
                "people",
                manages
                        ? picker.suggestions(
                                community.id(), MemberPicker.Among.MEMBERS_BUT_GUESTS, List.of(), form.person())
                        : List.of());
        return "leadership/co-leads";
    }

    @PostMapping("/c/{slug}/co-leads")
    @ShowFormOnError("coLeads")
    String record(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @ModelAttribute("form") NewTerm form,
            Actor actor,
            RedirectAttributes redirect) {
        Long person = picker.pick(community.id(), MemberPicker.Among.MEMBERS_BUT_GUESTS, "person", form.person(), true);
        recordTerm.record(
                actor, community, new NewTerm(String.valueOf(person), form.startsOn(), form.endsOn(), form.body()));
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.recorded"));
        return "redirect:" + LeadershipAddress.coLeads(community.slug());
    }

    @PostMapping("/c/{slug}/co-leads/{id}/extend")
    @ShowFormOnError("coLeads")
    String extend(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        LocalDate end = extendTerm.extend(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.extended", end));
        return "redirect:" + LeadershipAddress.coLeads(community.slug());
    }

    @PostMapping("/c/{slug}/elections")
    @ShowFormOnError("coLeads")
    String setUp(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @ModelAttribute("election") NewElection election,
            Actor actor,
            TimePresenter times,
            RedirectAttributes redirect) {
        long id = setUpElection.setUp(actor, community, election, times.zone());
        redirect.addFlashAttribute("notice", Text.of("leadership.notice.election-set-up"));
        return "redirect:" + LeadershipAddress.election(community.slug(), id);
    }
}
