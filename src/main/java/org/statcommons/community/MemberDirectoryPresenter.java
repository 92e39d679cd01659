package org.statcommons.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.identity.Profile;

/**
 * The members of a community with their profiles, filtered by country, kind of organisation and role, with
 * the count behind every filter value. Each facet counts the members that match the other filters, so the
 * numbers say what choosing that value would show.
 */
@Component
class MemberDirectoryPresenter {

    /** A member as the directory lists them. */
    record Entry(Account account, Membership membership) {
        public String countryName() {
            return account.country() == null ? "" : Profile.countryName(account.country());
        }
    }

    /** One value of a filter: what it is called, how many match, whether it is chosen. */
    record FacetValue(String value, String label, long count, boolean chosen) {}

    /** The chosen filters; empty strings mean "any". */
    record Filter(String country, String kind, String role) {
        Filter {
            country = country == null ? "" : country;
            kind = kind == null ? "" : kind;
            role = role == null ? "" : role;
        }

        public boolean any() {
            return !country.isEmpty() || !kind.isEmpty() || !role.isEmpty();
        }
    }

    /** The members shown, out of how many, and the filters with their counts. */
    record DirectoryView(
            List<Entry> entries,
            int total,
            List<FacetValue> countries,
            List<FacetValue> kinds,
            List<FacetValue> roles) {}

    private final Memberships memberships;
    private final Accounts accounts;

    MemberDirectoryPresenter(Memberships memberships, Accounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    DirectoryView present(Community community, Filter filter) {
        List<Membership> members = memberships.of(community.id());
        Map<Long, Membership> byAccount =
                members.stream().collect(Collectors.toMap(Membership::accountId, Function.identity()));
        List<Entry> all = new ArrayList<>();
        for (Account account : accounts.byIds(byAccount.keySet())) {
            all.add(new Entry(account, byAccount.get(account.id())));
        }
        Predicate<Entry> country = e -> filter.country().isEmpty()
                || filter.country().equals(e.account().country());
        Predicate<Entry> kind = e -> filter.kind().isEmpty()
                || filter.kind().equals(e.account().organisationKind().name());
        Predicate<Entry> role = e -> filter.role().isEmpty()
                || filter.role().equals(e.membership().role().name());

        List<Entry> shown = all.stream()
                .filter(country.and(kind).and(role))
                .sorted(Comparator.comparing((Entry e) -> e.membership().role())
                        .thenComparing(e -> e.account().displayName()))
                .toList();
        List<FacetValue> countries = facet(
                all.stream().filter(kind.and(role)).toList(),
                e -> e.account().country() == null ? "" : e.account().country(),
                Profile::countryName,
                filter.country());
        List<FacetValue> kinds = facet(
                all.stream().filter(country.and(role)).toList(),
                e -> e.account().organisationKind().name(),
                k -> OrganisationKind.valueOf(k).label(),
                filter.kind());
        List<FacetValue> roles = facet(
                all.stream().filter(country.and(kind)).toList(),
                e -> e.membership().role().name(),
                r -> CommunityRole.valueOf(r).label(),
                filter.role());
        return new DirectoryView(shown, all.size(), countries, kinds, roles);
    }

    private static List<FacetValue> facet(
            List<Entry> entries, Function<Entry, String> value, Function<String, String> label, String chosen) {
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(value.apply(e), 1L, Long::sum));
        if (!chosen.isEmpty()) {
            counts.putIfAbsent(chosen, 0L);
        }
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .map(e -> new FacetValue(
                        e.getKey(),
                        safeLabel(label, e.getKey()),
                        e.getValue(),
                        e.getKey().equals(chosen)))
                .sorted(Comparator.comparing(FacetValue::label))
                .toList();
    }

    /** A value typed into the address bar that names nothing gets itself as label. */
    private static String safeLabel(Function<String, String> label, String value) {
        try {
            return label.apply(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
