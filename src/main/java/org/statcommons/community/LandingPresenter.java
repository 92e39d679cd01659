package org.statcommons.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.Profile;

/**
 * The public facts of a community's landing page: who runs it, its country focal points and how many
 * members come from each country. Profiles come from the identity feature's public API.
 */
@Component
class LandingPresenter {

    private static final Set<CommunityRole> RUNNING = EnumSet.of(
            CommunityRole.SECRETARIAT, CommunityRole.LEADER, CommunityRole.MODERATOR, CommunityRole.FACILITATOR);

    /** A person shown with their role. */
    record Person(long accountId, String name, String organisation, CommunityRole role) {}

    /** A focal point and the country they represent. */
    record FocalPoint(String countryName, String name, String organisation) {}

    /** What the landing page shows of the community's people. */
    record LandingView(
            int memberCount,
            List<Person> runners,
            List<FocalPoint> focalPoints,
            List<MemberCountries.CountryCount> countries) {}

    private final Memberships memberships;
    private final Accounts accounts;
    private final MemberCountries countries;

    LandingPresenter(Memberships memberships, Accounts accounts, MemberCountries countries) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.countries = countries;
    }

    LandingView present(Community community) {
        // only the few who run the community or represent a country need their profile read
        List<Membership> members = memberships.notable(community.id(), RUNNING);
        List<Long> shown = members.stream().map(Membership::accountId).toList();
        Map<Long, Account> profiles =
                accounts.byIds(shown).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        List<Person> runners = new ArrayList<>();
        List<FocalPoint> focalPoints = new ArrayList<>();
        for (Membership m : members) {
            Account a = profiles.get(m.accountId());
            if (a == null) {
                continue;
            }
            if (RUNNING.contains(m.role())) {
                runners.add(new Person(a.id(), a.displayName(), a.organisation(), m.role()));
            }
            if (m.focalPointCountry() != null) {
                focalPoints.add(
                        new FocalPoint(Profile.countryName(m.focalPointCountry()), a.displayName(), a.organisation()));
            }
        }
        runners.sort(Comparator.comparing(Person::role).thenComparing(Person::name));
        focalPoints.sort(Comparator.comparing(FocalPoint::countryName));
        List<MemberCountries.CountryCount> countries = this.countries.of(community.id());
        long memberCount = countries.stream()
                .mapToLong(MemberCountries.CountryCount::members)
                .sum();
        return new LandingView((int) memberCount, runners, focalPoints, countries);
    }
}
