package org.statcommons.organisations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/**
 * Organisations over JSON: the list, one organisation with its member communities (and its confirmed people, to
 * those signed in), and a community's member organisations (with representatives, to its members). Read only: the
 * records are kept on the secretariat's screens. Errors are RFC 9457 problems.
 */
@RestController
class OrganisationApi {

    /** An organisation as the API shows it; {@code country} null for an international one. */
    record OrganisationJson(long id, String name, String acronym, String kind, String country, String website) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.name(), o.acronym(), o.kind().name(), o.country(), o.website());
        }
    }

    /** A person as an organisation or a community's representatives list them. */
    record PersonJson(long id, String name) {
        static PersonJson of(Account a) {
            return new PersonJson(a.id(), a.displayName());
        }
    }

    /** One organisation, its member communities (slugs) and, for those signed in, its confirmed people. */
    record OrganisationDetailJson(OrganisationJson organisation, List<String> communities, List<PersonJson> people) {}

    /** A member organisation of a community; {@code representatives} empty for those outside it. */
    record MemberOrganisationJson(OrganisationJson organisation, List<PersonJson> representatives) {}

    private final Organisations organisations;
    private final Affiliations affiliations;
    private final MemberOrganisations members;
    private final MemberOrganisationPresenter presenter;
    private final Communities communities;
    private final Accounts accounts;
    private final Permissions permissions;

    OrganisationApi(
            Organisations organisations,
            Affiliations affiliations,
            MemberOrganisations members,
            MemberOrganisationPresenter presenter,
            Communities communities,
            Accounts accounts,
            Permissions permissions) {
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.members = members;
        this.presenter = presenter;
        this.communities = communities;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @GetMapping("/api/v1/organisations")
    List<OrganisationJson> list() {
        return organisations.all().stream().map(OrganisationJson::of).toList();
    }

    @GetMapping("/api/v1/organisations/{id}")
    OrganisationDetailJson get(Actor actor, @PathVariable long id) {
        Organisation organisation = organisations.existing(id);
        List<String> slugs = members.communitiesOf(id).stream()
                .map(communities::byId)
                .flatMap(Optional::stream)
                .map(Community::slug)
                .sorted()
                .toList();
        List<PersonJson> people = List.of();
        if (permissions.may(actor, Action.VIEW_PROFILES)) {
            List<Long> confirmed = affiliations.ofOrganisation(id).stream()
                    .filter(Affiliation::confirmed)
                    .map(Affiliation::accountId)
                    .toList();
            people = accounts.byIds(confirmed).stream()
                    .filter(Account::active)
                    .sorted(Comparator.comparing(Account::displayName))
                    .map(PersonJson::of)
                    .toList();
        }
        return new OrganisationDetailJson(OrganisationJson.of(organisation), slugs, people);
    }

    @GetMapping("/api/v1/communities/{slug}/organisations")
    List<MemberOrganisationJson> ofCommunity(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor) {
        boolean inside = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        return presenter.of(community).stream()
                .map(m -> new MemberOrganisationJson(
                        OrganisationJson.of(m.organisation()),
                        inside
                                ? m.representatives().stream()
                                        .map(PersonJson::of)
                                        .toList()
                                : List.of()))
                .toList();
    }
}
