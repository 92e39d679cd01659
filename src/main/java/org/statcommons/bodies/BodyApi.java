package org.statcommons.bodies;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.identity.Account;

/**
 * A community's bodies and their seats over JSON, as public as their pages: the list, one body with its seats; the
 * secretariat ({@code MANAGE_BODIES}) sets up a body, gives a seat or changes who holds it ({@code PUT}, the same
 * rules as the page's form), and takes a seat away. Errors are RFC 9457 problems: 404 for a body or seat of another
 * community, 400 naming the field (an organisation that is not a member organisation, a representative who is not a
 * member, the same person twice, a name taken).
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/bodies")
class BodyApi {

    record BodyJson(long id, String name, String description, int seats, String link) {}

    record BodyDetailJson(long id, String name, String description, List<SeatJson> seats, String link) {}

    record SeatJson(OrganisationJson organisation, PersonJson representative, PersonJson alternate) {}

    record OrganisationJson(long id, String name, String acronym) {}

    record PersonJson(long id, String name) {
        static PersonJson of(Account account) {
            return account == null ? null : new PersonJson(account.id(), account.displayName());
        }
    }

    /** A seat's holders: account ids, either left out (or null) for a place unfilled. */
    record SeatBody(Long representativeId, Long alternateId) {}

    private final Bodies bodies;
    private final BodyPresenter presenter;
    private final CreateBody createBody;
    private final FillSeat fillSeat;

    BodyApi(Bodies bodies, BodyPresenter presenter, CreateBody createBody, FillSeat fillSeat) {
        this.bodies = bodies;
        this.presenter = presenter;
        this.createBody = createBody;
        this.fillSeat = fillSeat;
    }

    @GetMapping
    List<BodyJson> list(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community) {
        return bodies.of(community).stream()
                .map(b -> new BodyJson(
                        b.id(),
                        b.name(),
                        b.description(),
                        bodies.seats(b.id()).size(),
                        BodyAddress.of(community.slug(), b.id())))
                .toList();
    }

    @PostMapping
    ResponseEntity<BodyDetailJson> create(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @RequestBody(required = false) NewBody body,
            Actor actor) {
        long id = createBody.create(actor, community, body == null ? new NewBody(null, null) : body);
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(community, bodies.inCommunity(community, id)));
    }

    @GetMapping("/{id}")
    BodyDetailJson show(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id) {
        return detail(community, bodies.inCommunity(community, id));
    }

    /** Gives the organisation its seat, or changes who holds it; answers with the body as it now is. */
    @PutMapping("/{id}/seats/{organisationId}")
    BodyDetailJson fill(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestBody(required = false) SeatBody seat,
            Actor actor) {
        SeatBody holders = seat == null ? new SeatBody(null, null) : seat;
        fillSeat.fill(actor, community, id, organisationId, holders.representativeId(), holders.alternateId());
        return detail(community, bodies.inCommunity(community, id));
    }

    @DeleteMapping("/{id}/seats/{organisationId}")
    ResponseEntity<Void> vacate(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @PathVariable long id,
            @PathVariable long organisationId,
            Actor actor) {
        fillSeat.vacate(actor, community, id, organisationId);
        return ResponseEntity.noContent().build();
    }

    private BodyDetailJson detail(Community community, Body body) {
        return new BodyDetailJson(
                body.id(),
                body.name(),
                body.description(),
                presenter.seats(body).stream()
                        .map(s -> new SeatJson(
                                new OrganisationJson(
                                        s.organisation().id(),
                                        s.organisation().name(),
                                        s.organisation().acronym()),
                                PersonJson.of(s.representative()),
                                PersonJson.of(s.alternate())))
                        .toList(),
                BodyAddress.of(community.slug(), body.id()));
    }
}
