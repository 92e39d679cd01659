package org.statcommons.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.community.GroupedSection;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.identity.ProfileChoices;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * A community's member organisations with their representatives, and the same grouped by kind and by country for the
 * landing page and the member directory, named in the reader's language.
 */
@Component
class MemberOrganisationPresenter {

    /** A member organisation and the people who represent it (active accounts only). */
    record MemberOrganisationView(Organisation organisation, List<Account> representatives) {
        public String representativeNames() {
            return representatives.stream().map(Account::displayName).collect(Collectors.joining(", "));
        }
    }

    private final MemberOrganisations members;
    private final Representatives representatives;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ProfileChoices choices;

    MemberOrganisationPresenter(
            MemberOrganisations members,
            Representatives representatives,
            Organisations organisations,
            Accounts accounts,
            ProfileChoices choices) {
        this.members = members;
        this.representatives = representatives;
        this.organisations = organisations;
        this.accounts = accounts;
        this.choices = choices;
    }

    /** The member organisations by name, each with its representatives in the order they were named. */
    List<MemberOrganisationView> of(Community community) {
        List<Organisation> shown = organisations.byIds(members.of(community.id()));
        Map<Long, List<Long>> named = representatives.of(community.id());
        Map<Long, Account> people =
                accounts
                        .byIds(named.values().stream()
                                .flatMap(List::stream)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(Account::active)
                        .collect(Collectors.toMap(Account::id, Function.identity()));
        List<MemberOrganisationView> views = new ArrayList<>();
        for (Organisation o : shown) {
            List<Account> reps = named.getOrDefault(o.id(), List.of()).stream()
                    .map(people::get)
                    .filter(a -> a != null)
                    .toList();
            views.add(new MemberOrganisationView(o, reps));
        }
        return views;
    }

    /**
     * The member organisations grouped by kind and by country; with representatives' names beside each when
     * {@code withRepresentatives} (the directory, for members).
     */
    GroupedSection grouped(Community community, boolean withRepresentatives) {
        Language language = Language.ofRequest();
        List<MemberOrganisationView> views = of(community);
        Function<MemberOrganisationView, GroupedSection.Entry> link = v -> new GroupedSection.Entry(
                v.organisation().label(),
                OrganisationAddress.of(v.organisation().id()),
                withRepresentatives ? v.representativeNames() : "");
        List<GroupedSection.Group> byKind =
                group(views, v -> kindName(v.organisation().kind(), language), link);
        List<GroupedSection.Group> byCountry = group(views, v -> countryName(v.organisation(), language), link);
        return new GroupedSection(
                20,
                Text.of("organisations.members.heading", views.size()).in(language),
                Text.of("organisations.members.none").in(language),
                List.of(
                        new GroupedSection.Grouping(
                                Text.of("organisations.by-kind").in(language), byKind),
                        new GroupedSection.Grouping(
                                Text.of("organisations.by-country").in(language), byCountry)),
                new GroupedSection.Entry(
                        Text.of("organisations.members.all").in(language),
                        OrganisationAddress.community(community.slug()),
                        ""));
    }

    String countryName(Organisation organisation, Language language) {
        return organisation.international()
                ? Text.of("organisations.international").in(language)
                : choices.countryName(organisation.country(), language.locale());
    }

    static String kindName(OrganisationKind kind, Language language) {
        return Text.of("identity.organisation-kind." + kind.name()).in(language);
    }

    private static List<GroupedSection.Group> group(
            List<MemberOrganisationView> views,
            Function<MemberOrganisationView, String> key,
            Function<MemberOrganisationView, GroupedSection.Entry> link) {
        Map<String, List<GroupedSection.Entry>> groups = new TreeMap<>(Comparator.naturalOrder());
        for (MemberOrganisationView v : views) {
            groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(link.apply(v));
        }
        return groups.entrySet().stream()
                .map(e -> new GroupedSection.Group(e.getKey(), e.getValue()))
                .toList();
    }
}
