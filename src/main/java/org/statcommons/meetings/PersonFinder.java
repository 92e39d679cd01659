package org.statcommons.meetings;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Finds invitees and organisers as meetings need them (name, address, time zone, weekend), read from identity in
 * one query.
 */
@Component
class PersonFinder {

    /**
     * A person with the zone their profile names, or UTC with {@code zoneAssumed} when it names none, and
     * the weekend of their profile's country, and the language to write to them in (their profile's, else English).
     */
    record Person(
            long id, String name, String email, ZoneId zone, boolean zoneAssumed, Weekend weekend, Language language) {}

    static final ZoneId UTC = ZoneId.of("UTC");

    private final Accounts accounts;
    private final Permissions permissions;
    private final Memberships memberships;

    PersonFinder(Accounts accounts, Permissions permissions, Memberships memberships) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.memberships = memberships;
    }

    /** The community's current members, whom an organiser may invite. */
    List<Person> membersOf(long communityId) {
        return List.copyOf(byId(memberships.accountIds(communityId)).values());
    }

    /** The time zone of this account's profile (UTC when it has none): the zone its times are typed in. */
    ZoneId zoneOf(long accountId) {
        return byId(List.of(accountId)).values().stream()
                .findFirst()
                .map(Person::zone)
                .orElse(UTC);
    }

    /** By id, in the order asked; unknown ids are left out. */
    Map<Long, Person> byId(Collection<Long> ids) {
        Map<Long, Person> people = new LinkedHashMap<>();
        accounts(ids).forEach((id, account) -> people.put(id, person(account)));
        return people;
    }

    /**
     * The invitees the policy lets see the community's meetings now, in the order asked: someone who left
     * the community or was suspended since being invited gets no more e-mail about its meetings. One
     * look at the policy for all of them.
     */
    Map<Long, Person> mayView(Collection<Long> ids, long communityId) {
        Map<Long, Account> found = accounts(ids);
        Set<Long> allowed = permissions.whoMay(
                found.values().stream().map(Account::actor).toList(), Action.VIEW_MEETINGS, communityId);
        Map<Long, Person> people = new LinkedHashMap<>();
        found.forEach((id, account) -> {
            if (allowed.contains(id)) {
                people.put(id, person(account));
            }
        });
        return people;
    }

    private Map<Long, Account> accounts(Collection<Long> ids) {
        Map<Long, Account> byId = new HashMap<>();
        for (Account account : accounts.byIds(ids.stream().distinct().toList())) {
            byId.put(account.id(), account);
        }
        Map<Long, Account> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            Account account = byId.get(id);
            if (account != null) {
                ordered.put(id, account);
            }
        }
        return ordered;
    }

    static Person person(Account account) {
        ZoneId zone = TimePresenter.zoneOf(account.timeZone());
        return new Person(
                account.id(),
                account.displayName(),
                account.email(),
                zone == null ? UTC : zone,
                zone == null,
                Weekend.ofCountry(account.country()),
                account.language().orElse(Language.ENGLISH));
    }
}
