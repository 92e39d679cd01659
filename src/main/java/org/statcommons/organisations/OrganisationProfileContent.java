package org.statcommons.organisations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.ProfileContent;
import org.statcommons.identity.ProfileSection;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The organisations a person belongs to, on their profile. Confirmed ones are shown to everyone who may read the
 * profile; a claim not yet confirmed only to the person and to the platform's secretariat, marked as such.
 */
@Component
class OrganisationProfileContent implements ProfileContent {

    private final Affiliations affiliations;
    private final Organisations organisations;
    private final Permissions permissions;

    OrganisationProfileContent(Affiliations affiliations, Organisations organisations, Permissions permissions) {
        this.affiliations = affiliations;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    @Override
    public Optional<ProfileSection> section(Actor viewer, Account person) {
        boolean self = viewer.signedIn() && viewer.accountId() == person.id();
        boolean claimsShown = self || permissions.may(viewer, Action.MANAGE_ORGANISATIONS);
        List<Affiliation> shown = affiliations.ofAccount(person.id()).stream()
                .filter(a -> a.confirmed() || claimsShown)
                .toList();
        if (shown.isEmpty() && !self) {
            return Optional.empty();
        }
        Map<Long, Organisation> byId =
                organisations
                        .byIds(shown.stream().map(Affiliation::organisationId).toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Language language = Language.ofRequest();
        String claimed = Text.of("organisations.claimed").in(language);
        List<ProfileSection.Line> lines = shown.stream()
                .filter(a -> byId.containsKey(a.organisationId()))
                .map(a -> new ProfileSection.Line(
                        byId.get(a.organisationId()).label(),
                        OrganisationAddress.of(a.organisationId()),
                        a.confirmed() ? "" : claimed))
                .toList();
        return Optional.of(new ProfileSection(
                10,
                Text.of("organisations.profile.heading").in(language),
                lines,
                Text.of("organisations.profile.none").in(language),
                new ProfileSection.Line(
                        Text.of("organisations.profile.change").in(language), OrganisationAddress.yours(), "")));
    }
}
