package org.statcommons.community;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.Profile;

/**
 * How many members come from each country: for the landing page, and for other features that report on a
 * community (a newsletter's new members). Countries live in the members' profiles, counted by identity.
 */
@Component
public class MemberCountries {

    static final String NO_COUNTRY = "Country not given";

    /** How many members come from one country, by its English name ({@value #NO_COUNTRY} when not given). */
    public record CountryCount(String countryName, long members) {}

    private final Memberships memberships;
    private final Accounts accounts;

    MemberCountries(Memberships memberships, Accounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** The current members, most numerous country first, "not given" last. */
    public List<CountryCount> of(long communityId) {
        return count(memberships.accountIds(communityId));
    }

    /** The current members who joined at or after {@code since}, counted the same way. */
    public List<CountryCount> joinedSince(long communityId, Instant since) {
        return count(memberships.accountIdsJoinedSince(communityId, since));
    }

    private List<CountryCount> count(Collection<Long> accountIds) {
        Map<String, Long> byCountry = new TreeMap<>();
        accounts.countByCountry(accountIds)
                .forEach((code, count) ->
                        byCountry.merge(code == null ? NO_COUNTRY : Profile.countryName(code), count, Long::sum));
        return byCountry.entrySet().stream()
                .map(e -> new CountryCount(e.getKey(), e.getValue()))
                // "not given" last: it says nothing about the community's reach
                .sorted(Comparator.comparing((CountryCount c) -> c.countryName().equals(NO_COUNTRY))
                        .thenComparing(
                                Comparator.comparing(CountryCount::members).reversed())
                        .thenComparing(CountryCount::countryName))
                .toList();
    }
}
