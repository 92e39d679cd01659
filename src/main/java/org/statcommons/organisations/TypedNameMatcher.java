package org.statcommons.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.community.InvitedOrganisations;
import org.statcommons.identity.Accounts;

/**
 * Matches the organisation names people typed as free text (identity's profiles, community's invitations) into
 * organisation records, by {@link NameMatcher}'s rule. It reads them through those features' public APIs, never their
 * tables, so it cannot be a Flyway migration: it runs at start, when the secretariat opens the list of typed names,
 * and after an organisation is created or renamed. Nothing is lost: the typed text stays in the profile or the
 * invitation; this feature keeps each name once with what it names. A person whose typed name is matched gets a
 * claim on the organisation (once: a withdrawn claim is not made again), which a secretariat confirms like any other.
 */
@Component
class TypedNameMatcher {

    private final Accounts accounts;
    private final InvitedOrganisations invitations;
    private final Organisations organisations;
    private final TypedNames typedNames;
    private final Affiliations affiliations;
    private final Clock clock;

    TypedNameMatcher(
            Accounts accounts,
            InvitedOrganisations invitations,
            Organisations organisations,
            TypedNames typedNames,
            Affiliations affiliations,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.organisations = organisations;
        this.typedNames = typedNames;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        match();
    }

    /** Records every typed name with its counts, matches the new ones, and claims for the people who typed them. */
    @Transactional
    public void match() {
        Instant now = clock.instant();
        NameMatcher.Index index = new NameMatcher.Index(organisations.all());
        List<Accounts.TypedOrganisation> typed = accounts.typedOrganisations();
        Map<String, Integer> byAccount = new HashMap<>();
        typed.forEach(t -> byAccount.merge(t.organisation().strip(), 1, Integer::sum));
        Map<String, Integer> byInvitation = new HashMap<>();
        invitations.names().forEach((name, n) -> byInvitation.merge(name.strip(), n, Integer::sum));
        Map<String, Integer> names = new HashMap<>(byAccount);
        byInvitation.keySet().forEach(name -> names.putIfAbsent(name, 0));
        typedNames.resetCounts();
        for (String name : names.keySet()) {
            Long match = index.match(name).map(Organisation::id).orElse(null);
            typedNames.seen(name, byAccount.getOrDefault(name, 0), byInvitation.getOrDefault(name, 0), match, now);
        }
        Map<String, Long> matched = new HashMap<>();
        typedNames.all().stream().filter(TypedName::matched).forEach(t -> matched.put(t.name(), t.organisationId()));
        for (Accounts.TypedOrganisation t : typed) {
            Optional.ofNullable(matched.get(t.organisation().strip()))
                    .ifPresent(organisation -> affiliations.claimFromTypedName(t.accountId(), organisation, now));
        }
    }
}
