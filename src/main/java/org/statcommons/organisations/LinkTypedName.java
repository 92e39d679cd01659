package org.statcommons.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The secretariat resolves a typed name: links it to an existing organisation, or creates the organisation from it
 * in one click. The people who typed it are then confirmed members of that organisation: the secretariat has just
 * said that this is their organisation.
 */
@Service
class LinkTypedName {

    private final Permissions permissions;
    private final TypedNames typedNames;
    private final Organisations organisations;
    private final Affiliations affiliations;
    private final Accounts accounts;
    private final Clock clock;

    LinkTypedName(
            Permissions permissions,
            TypedNames typedNames,
            Organisations organisations,
            Affiliations affiliations,
            Accounts accounts,
            Clock clock) {
        this.permissions = permissions;
        this.typedNames = typedNames;
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Links the typed name to the organisation {@code organisationId}, or, when that is 0, to the one organisation
     * whose name or acronym {@code organisation} is (by {@link NameMatcher}'s rule).
     */
    @Transactional
    void link(Actor actor, String name, long organisationId, String organisation) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        TypedName typed = existing(name);
        long id = organisationId != 0
                ? organisations.existing(organisationId).id()
                : NameMatcher.match(organisation, organisations.all())
                        .map(Organisation::id)
                        .orElseThrow(() -> new InvalidInputException(
                                "organisation",
                                Text.of(
                                        "organisations.manage.link-by-name.none",
                                        organisation == null ? "" : organisation)));
        linkPeople(actor, typed, id);
    }

    /**
     * Creates the organisation under the name as typed, of the kind most of the people who typed it chose (else an
     * international organisation), in their country when they all share one (else international); the secretariat
     * corrects it on the organisation's edit form, where it is sent next. Returns the new organisation's id.
     */
    @Transactional
    long create(Actor actor, String name) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        TypedName typed = existing(name);
        List<Accounts.TypedOrganisation> people = typists(typed);
        OrganisationKind kind = people.stream()
                .collect(Collectors.groupingBy(Accounts.TypedOrganisation::kind, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getKey() != OrganisationKind.INDIVIDUAL)
                .max(Map.Entry.<OrganisationKind, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(OrganisationKind.INTERNATIONAL);
        List<String> countries = people.stream()
                .map(Accounts.TypedOrganisation::country)
                .distinct()
                .toList();
        String country = countries.size() == 1 ? countries.get(0) : null;
        String checkedName = typed.name().strip();
        long id = organisations
                .byNormalisedName(NameMatcher.normalise(checkedName))
                .map(Organisation::id)
                .orElseGet(() -> organisations.insert(
                        new Organisations.OrganisationRecord(checkedName, "", kind, country, ""),
                        actor.accountId(),
                        clock.instant()));
        linkPeople(actor, typed, id);
        return id;
    }

    private void linkPeople(Actor actor, TypedName typed, long organisationId) {
        typedNames.link(typed.name(), organisationId, actor.accountId());
        Instant now = clock.instant();
        for (Accounts.TypedOrganisation person : typists(typed)) {
            affiliations.confirm(person.accountId(), organisationId, actor.accountId(), now);
        }
    }

    private List<Accounts.TypedOrganisation> typists(TypedName typed) {
        return accounts.typedOrganisations().stream()
                .filter(t -> t.organisation().strip().equals(typed.name()))
                .toList();
    }

    private TypedName existing(String name) {
        return typedNames
                .find(name == null ? "" : name)
                .orElseThrow(() -> new NotFoundException(Text.of("organisations.typed-name.none")));
    }
}
