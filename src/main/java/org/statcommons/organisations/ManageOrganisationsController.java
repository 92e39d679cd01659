package org.statcommons.organisations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;

/**
 * The platform secretariat's work on organisations: claims to confirm, and the organisation names people typed that
 * match no record yet, each to link to an organisation or to create one from, in one click.
 */
@Controller
class ManageOrganisationsController {

    private static final int CANDIDATES = 3;
    /** Unmatched names shown on one screen: a first run may list hundreds, and a screen stays under 30 KB. */
    static final int PAGE = 40;

    /** A claim waiting, with whose and on what. */
    record Claim(Account account, Organisation organisation) {}

    /** An unmatched typed name, its place on the screen, and the organisations it may mean. */
    record Unmatched(int index, TypedName name, List<Organisation> candidates) {}

    private final Permissions permissions;
    private final TypedNameMatcher matcher;
    private final TypedNames typedNames;
    private final Organisations organisations;
    private final Affiliations affiliations;
    private final Accounts accounts;
    private final LinkTypedName linkTypedName;

    ManageOrganisationsController(
            Permissions permissions,
            TypedNameMatcher matcher,
            TypedNames typedNames,
            Organisations organisations,
            Affiliations affiliations,
            Accounts accounts,
            LinkTypedName linkTypedName) {
        this.permissions = permissions;
        this.matcher = matcher;
        this.typedNames = typedNames;
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.accounts = accounts;
        this.linkTypedName = linkTypedName;
    }

    /** Matches the names typed since the last time first, so the list is today's. */
    @GetMapping("/organisations/manage")
    String manage(
            Actor actor,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        matcher.match();
        List<Organisation> all = organisations.all();
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Affiliation> waiting = affiliations.claimed();
        Map<Long, Account> people =
                accounts
                        .byIds(waiting.stream()
                                .map(Affiliation::accountId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(Account::active)
                        .collect(Collectors.toMap(Account::id, Function.identity()));
        model.addAttribute(
                "claims",
                waiting.stream()
                        .filter(a -> people.containsKey(a.accountId()) && byId.containsKey(a.organisationId()))
                        .map(a -> new Claim(people.get(a.accountId()), byId.get(a.organisationId())))
                        .toList());
        List<TypedName> names = typedNames.all().stream()
                .filter(t -> t.accounts() + t.invitations() > 0)
                .toList();
        // a few words of the name find it among hundreds, whatever the letter case
        String wanted = q.strip().toLowerCase(java.util.Locale.ROOT);
        List<TypedName> unmatched = names.stream()
                .filter(t -> !t.matched())
                .filter(t -> t.name().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .toList();
        int pages = Math.max(1, (unmatched.size() + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<TypedName> onPage = unmatched.subList((shown - 1) * PAGE, Math.min(unmatched.size(), shown * PAGE));
        model.addAttribute(
                "unmatched",
                IntStream.range(0, onPage.size())
                        .mapToObj(i -> new Unmatched(
                                i,
                                onPage.get(i),
                                NameMatcher.candidates(onPage.get(i).name(), all, CANDIDATES)))
                        .toList());
        model.addAttribute("page", shown);
        model.addAttribute("q", q.strip());
        model.addAttribute("pages", pages);
        model.addAttribute("matched", names.stream().filter(TypedName::matched).toList());
        model.addAttribute("organisationsById", byId);
        return "organisations/manage";
    }

    /** Links to {@code organisationId}, or else to the one organisation whose name or acronym is {@code organisation}. */
    @PostMapping("/organisations/manage/link")
    String link(
            Actor actor,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "0") long organisationId,
            @RequestParam(defaultValue = "") String organisation,
            RedirectAttributes redirect) {
        linkTypedName.link(actor, name, organisationId, organisation);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.linked"));
        return "redirect:" + OrganisationAddress.manage();
    }

    /** Creates the organisation from the typed name, then shows its form to check the kind and country guessed. */
    @PostMapping("/organisations/manage/create")
    String create(Actor actor, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        long id = linkTypedName.create(actor, name);
        redirect.addFlashAttribute("notice", Text.of("organisations.notice.created-from-name"));
        return "redirect:" + OrganisationAddress.edit(id);
    }
}
