package org.statcommons.organisations;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's member organisations and their representatives, for its members; the community's secretariat adds
 * and removes organisations and names and un-names representatives here.
 */
@Controller
@CommunityTab("members")
class MemberOrganisationController {

    private final MemberOrganisationPresenter presenter;
    private final Organisations organisations;
    private final MemberPicker picker;
    private final AddMemberOrganisation addMemberOrganisation;
    private final NameRepresentative nameRepresentative;
    private final Permissions permissions;

    MemberOrganisationController(
            MemberOrganisationPresenter presenter,
            Organisations organisations,
            MemberPicker picker,
            AddMemberOrganisation addMemberOrganisation,
            NameRepresentative nameRepresentative,
            Permissions permissions) {
        this.presenter = presenter;
        this.organisations = organisations;
        this.picker = picker;
        this.addMemberOrganisation = addMemberOrganisation;
        this.nameRepresentative = nameRepresentative;
        this.permissions = permissions;
    }

    /** {@code q}: for the secretariat, a part of an organisation's name or acronym to find one to add. */
    @GetMapping("/c/{slug}/organisations")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String representative,
            Actor actor,
            Model model) {
        List<MemberOrganisationPresenter.MemberOrganisationView> members = presenter.of(community);
        model.addAttribute("members", members);
        Set<Long> already = members.stream().map(m -> m.organisation().id()).collect(Collectors.toSet());
        boolean manages = permissions.may(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id());
        model.addAttribute("q", q);
        model.addAttribute(
                "found",
                manages
                        ? NameMatcher.containing(q, organisations.all()).stream()
                                .filter(o -> !already.contains(o.id()))
                                .limit(AffiliationController.FOUND_MAX)
                                .toList()
                        : List.of());
        model.addAttribute("representative", representative);
        model.addAttribute(
                "people",
                manages && !members.isEmpty()
                        ? picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, List.of(), representative)
                        : List.of());
        return "organisations/community";
    }

    @PostMapping("/c/{slug}/organisations")
    String add(
            @Permitted(Action.MANAGE_MEMBER_ORGANISATIONS) Community community,
            @RequestParam(defaultValue = "0") long organisationId,
            Actor actor,
            RedirectAttributes redirect) {
        Organisation added = addMemberOrganisation.add(actor, community, organisationId);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.member-added", added.label()));
        return "redirect:" + OrganisationAddress.community(community.slug());
    }

    @PostMapping("/c/{slug}/organisations/{id}/remove")
    String remove(
            @Permitted(Action.MANAGE_MEMBER_ORGANISATIONS) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        addMemberOrganisation.remove(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.member-removed"));
        return "redirect:" + OrganisationAddress.community(community.slug());
    }

    @PostMapping("/c/{slug}/organisations/representatives")
    @ShowFormOnError("list")
    String name(
            @Permitted(Action.MANAGE_MEMBER_ORGANISATIONS) Community community,
            @RequestParam(defaultValue = "0") long organisationId,
            @RequestParam(defaultValue = "") String representative,
            Actor actor,
            RedirectAttributes redirect) {
        Long accountId =
                picker.pick(community.id(), MemberPicker.Among.MEMBERS, "representative", representative, true);
        nameRepresentative.name(actor, community, organisationId, accountId);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.representative-named"));
        return "redirect:" + OrganisationAddress.community(community.slug());
    }

    @PostMapping("/c/{slug}/organisations/{id}/representatives/{accountId}/remove")
    String unname(
            @Permitted(Action.MANAGE_MEMBER_ORGANISATIONS) Community community,
            @PathVariable long id,
            @PathVariable long accountId,
            Actor actor,
            RedirectAttributes redirect) {
        nameRepresentative.remove(actor, community, id, accountId);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.representative-removed"));
        return "redirect:" + OrganisationAddress.community(community.slug());
    }
}
