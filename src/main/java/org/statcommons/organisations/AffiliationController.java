package org.statcommons.organisations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.statcommons.platform.Text;

/**
 * A person's own organisations: those they belong to (confirmed) or claim, and a search to find one and claim it. A
 * secretariat confirms claims ({@link ManageOrganisationsController}).
 */
@Controller
class AffiliationController {

    static final int FOUND_MAX = 20;

    /** One of the person's organisations. */
    record Yours(Organisation organisation, boolean confirmed) {}

    private final Permissions permissions;
    private final Organisations organisations;
    private final Affiliations affiliations;
    private final ClaimAffiliation claimAffiliation;

    AffiliationController(
            Permissions permissions,
            Organisations organisations,
            Affiliations affiliations,
            ClaimAffiliation claimAffiliation) {
        this.permissions = permissions;
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.claimAffiliation = claimAffiliation;
    }

    /** {@code q}: a part of an organisation's name or acronym, to find it among all. */
    @GetMapping("/account/organisations")
    String yours(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
        permissions.require(actor, Action.CLAIM_AFFILIATION);
        List<Organisation> all = organisations.all();
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Yours> yours = affiliations.ofAccount(actor.accountId()).stream()
                .filter(a -> byId.containsKey(a.organisationId()))
                .map(a -> new Yours(byId.get(a.organisationId()), a.confirmed()))
                .toList();
        Set<Long> taken = yours.stream().map(y -> y.organisation().id()).collect(Collectors.toSet());
        model.addAttribute("q", q);
        model.addAttribute("yours", yours);
        model.addAttribute(
                "found",
                NameMatcher.containing(q, all).stream()
                        .filter(o -> !taken.contains(o.id()))
                        .limit(FOUND_MAX)
                        .toList());
        return "organisations/yours";
    }

    @PostMapping("/account/organisations")
    String claim(Actor actor, @RequestParam(defaultValue = "0") long organisationId, RedirectAttributes redirect) {
        claimAffiliation.claim(actor, organisationId);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.claimed"));
        return "redirect:" + OrganisationAddress.yours();
    }

    @PostMapping("/account/organisations/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        claimAffiliation.withdraw(actor, id);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.withdrawn"));
        return "redirect:" + OrganisationAddress.yours();
    }
}
