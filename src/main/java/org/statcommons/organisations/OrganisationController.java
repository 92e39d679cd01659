package org.statcommons.organisations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The organisations: the public list and each organisation's page (its member communities, and its people to those
 * signed in), and the platform secretariat's forms to create and edit them and to confirm who belongs to them.
 */
@Controller
class OrganisationController {

    static final int PAGE = 50;

    /** A person of the organisation as its page lists them. */
    record Person(Account account, boolean confirmed) {}

    private final Organisations organisations;
    private final Affiliations affiliations;
    private final MemberOrganisations members;
    private final Communities communities;
    private final Accounts accounts;
    private final EditOrganisation editOrganisation;
    private final ConfirmAffiliation confirmAffiliation;
    private final Permissions permissions;

    OrganisationController(
            Organisations organisations,
            Affiliations affiliations,
            MemberOrganisations members,
            Communities communities,
            Accounts accounts,
            EditOrganisation editOrganisation,
            ConfirmAffiliation confirmAffiliation,
            Permissions permissions) {
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.members = members;
        this.communities = communities;
        this.accounts = accounts;
        this.editOrganisation = editOrganisation;
        this.confirmAffiliation = confirmAffiliation;
        this.permissions = permissions;
    }

    /** {@code q}: a part of the name or acronym; 50 a screen, so that a long list stays light. */
    @GetMapping("/organisations")
    String list(
            Actor actor,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        List<Organisation> found = NameMatcher.normalise(q).isEmpty()
                ? organisations.all()
                : NameMatcher.containing(q, organisations.all());
        int pages = Math.max(1, (found.size() + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("q", q);
        model.addAttribute("total", found.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("organisations", found.subList((shown - 1) * PAGE, Math.min(found.size(), shown * PAGE)));
        model.addAttribute("mayManage", permissions.may(actor, Action.MANAGE_ORGANISATIONS));
        return "organisations/list";
    }

    @GetMapping("/organisations/new")
    String newForm(Actor actor, @ModelAttribute("form") NewOrganisation form, Model model) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        model.addAttribute("form", form.name().isEmpty() && form.kind().isEmpty() ? NewOrganisation.blank() : form);
        model.addAttribute("action", OrganisationAddress.list());
        return "organisations/form";
    }

    @PostMapping("/organisations")
    @ShowFormOnError("newForm")
    String create(Actor actor, @ModelAttribute("form") NewOrganisation form, RedirectAttributes redirect) {
        long id = editOrganisation.create(actor, form);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.created"));
        return "redirect:" + OrganisationAddress.of(id);
    }

    @GetMapping("/organisations/{id}")
    String organisation(Actor actor, @PathVariable long id, Model model) {
        Organisation organisation = organisations.existing(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "communities",
                members.communitiesOf(id).stream()
                        .map(communities::byId)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(Community::name))
                        .toList());
        boolean mayManage = permissions.may(actor, Action.MANAGE_ORGANISATIONS);
        model.addAttribute("mayManage", mayManage);
        boolean maySeePeople = permissions.may(actor, Action.VIEW_PROFILES);
        model.addAttribute("maySeePeople", maySeePeople);
        model.addAttribute("people", maySeePeople ? people(id, mayManage) : List.of());
        return "organisations/organisation";
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, @ModelAttribute("form") NewOrganisation form, Model model) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        Organisation organisation = organisations.existing(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "form", form.name().isEmpty() && form.kind().isEmpty() ? NewOrganisation.of(organisation) : form);
        model.addAttribute("action", OrganisationAddress.edit(id));
        return "organisations/form";
    }

    @PostMapping("/organisations/{id}/edit")
    @ShowFormOnError("editForm")
    String edit(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") NewOrganisation form,
            RedirectAttributes redirect) {
        editOrganisation.edit(actor, id, form);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.saved"));
        return "redirect:" + OrganisationAddress.of(id);
    }

    /** Confirms ({@code decision=confirm}) or refuses a person's claim; back to where it was decided. */
    @PostMapping("/organisations/{id}/people/{accountId}")
    String decide(
            Actor actor,
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        confirmAffiliation.decide(actor, id, accountId, "confirm".equals(decision));
        redirect.addFlashAttribute(
                "notice",
                Text.of(
                        "confirm".equals(decision)
                                ? "organisations.notice.confirmed"
                                : "organisations.notice.refused"));
        return "redirect:"
                + (OrganisationAddress.manage().equals(back)
                        ? OrganisationAddress.manage()
                        : OrganisationAddress.of(id));
    }

    /** Confirmed people for everyone signed in; claims too for the secretariat. Suspended accounts are left out. */
    private List<Person> people(long organisationId, boolean withClaims) {
        List<Affiliation> shown = affiliations.ofOrganisation(organisationId).stream()
                .filter(a -> a.confirmed() || withClaims)
                .toList();
        Map<Long, Account> byId = accounts
                .byIds(shown.stream().map(Affiliation::accountId).toList())
                .stream()
                .filter(Account::active)
                .collect(Collectors.toMap(Account::id, Function.identity()));
        return shown.stream()
                .filter(a -> byId.containsKey(a.accountId()))
                .map(a -> new Person(byId.get(a.accountId()), a.confirmed()))
                .sorted(Comparator.comparing((Person p) -> p.confirmed())
                        .thenComparing(p -> p.account().displayName()))
                .toList();
    }
}
