package org.statcommons.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.organisations.Organisation;
import org.statcommons.organisations.Organisations;

/** A body's seats as its page and the API show them: the organisation, its representative and alternate, by name. */
@Component
class BodyPresenter {

    /** A seat as shown; representative and alternate may be null (unfilled). */
    record SeatView(Organisation organisation, Account representative, Account alternate) {}

    private final Bodies bodies;
    private final Organisations organisations;
    private final Accounts accounts;

    BodyPresenter(Bodies bodies, Organisations organisations, Accounts accounts) {
        this.bodies = bodies;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** The body's seats, by the organisation's name (a seat whose organisation record is gone is left out). */
    List<SeatView> seats(Body body) {
        List<Seat> seats = bodies.seats(body.id());
        Map<Long, Organisation> seated = organisations
                .byIds(seats.stream().map(Seat::organisationId).toList())
                .stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<Long, Account> people = accounts
                .byIds(seats.stream()
                        .flatMap(s -> Stream.of(s.representativeId(), s.alternateId()))
                        .filter(a -> a != null)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        return seats.stream()
                .filter(s -> seated.containsKey(s.organisationId()))
                .map(s -> new SeatView(
                        seated.get(s.organisationId()),
                        s.representativeId() == null ? null : people.get(s.representativeId()),
                        s.alternateId() == null ? null : people.get(s.alternateId())))
                .sorted(Comparator.comparing(v -> v.organisation().name()))
                .toList();
    }
}
