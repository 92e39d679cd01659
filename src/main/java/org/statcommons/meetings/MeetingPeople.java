package org.statcommons.meetings;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Invitees and organisers as meetings need them: name, address and time zone, read from identity in one query. */
@Component
class MeetingPeople {

    /**
     * A person with the zone their profile names, or UTC with {@code zoneAssumed} when it names none, and
     * the weekend of their profile's country.
     */
    record Person(long id, String name, String email, ZoneId zone, boolean zoneAssumed, Weekend weekend) {
    }

    static final ZoneId UTC = ZoneId.of("UTC");

    private final Accounts accounts;

    MeetingPeople(Accounts accounts) {
        this.accounts = accounts;
    }

    /** By id, in the order asked; unknown ids are left out. */
    Map<Long, Person> byId(Collection<Long> ids) {
        Map<Long, Account> found = new LinkedHashMap<>();
        for (Account account : accounts.byIds(ids.stream().distinct().toList())) {
            found.put(account.id(), account);
        }
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Long id : ids) {
            Account account = found.get(id);
            if (account != null) {
                people.put(id, person(account));
            }
        }
        return people;
    }

    static Person person(Account account) {
        ZoneId zone = zoneOf(account.timeZone());
        return new Person(account.id(), account.displayName(), account.email(), zone == null ? UTC : zone, zone == null,
                Weekend.ofCountry(account.country()));
    }

    static ZoneId zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
