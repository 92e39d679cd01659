package org.statcommons.outputs;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.workstreams.Workstream;

/**
 * Declares a page of the community's space an output, approved by a body of the community: the one named, else the
 * body called "Steering Committee". The page must exist on main; a page is one output at most. An output may belong to
 * one of the community's approved or active workstreams, whose lead may then declare it as a facilitator may.
 */
@Service
class DeclareOutput {

    static final int TITLE_MAX = 200;
    static final String STEERING_COMMITTEE = "Steering Committee";

    private final OutputLeads leads;
    private final Outputs outputs;
    private final Pages pages;
    private final Bodies bodies;
    private final OutputPeople people;
    private final Clock clock;

    DeclareOutput(OutputLeads leads, Outputs outputs, Pages pages, Bodies bodies, OutputPeople people, Clock clock) {
        this.leads = leads;
        this.outputs = outputs;
        this.pages = pages;
        this.bodies = bodies;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    long declare(Actor actor, Community community, NewOutput output) {
        leads.require(actor, community, output.workstreamId());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("outputs.field.title"), output.title(), TITLE_MAX, true);
        String path = PageAddress.path(output.path());
        if (path.isEmpty()) {
            input.error("path", Text.of("outputs.input.path-missing"));
        } else {
            try {
                path = pages.read(community.id(), path).path();
            } catch (NotFoundException e) {
                input.error("path", Text.of("outputs.input.no-page", path));
            } catch (InvalidInputException e) {
                input.error("path", Text.of("outputs.input.bad-path", path));
            }
        }
        Optional<Body> body = body(community, output.bodyId());
        if (body.isEmpty()) {
            input.error(
                    "bodyId",
                    output.bodyId() == null
                            ? Text.of("outputs.input.no-steering-committee")
                            : Text.of("outputs.input.no-body"));
        }
        Optional<Workstream> workstream = leads.running(community, output.workstreamId());
        if (output.workstreamId() != null && workstream.isEmpty()) {
            input.error("workstreamId", Text.of("outputs.input.no-workstream"));
        }
        input.throwIfInvalid();
        Instant now = clock.instant();
        long id;
        try {
            id = outputs.insert(
                    community.id(),
                    title,
                    path,
                    body.get().id(),
                    body.get().name(),
                    workstream.map(Workstream::id).orElse(null),
                    actor.accountId(),
                    now);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("path", Text.of("outputs.input.already-output", path));
        }
        outputs.recordStage(id, OutputStage.DRAFT, actor.accountId(), people.nameOf(actor), "", now);
        return id;
    }

    private Optional<Body> body(Community community, Long bodyId) {
        if (bodyId == null) {
            return bodies.of(community).stream()
                    .filter(b -> b.name().equalsIgnoreCase(STEERING_COMMITTEE))
                    .findFirst();
        }
        return bodies.byId(bodyId).filter(b -> b.communityId() == community.id());
    }
}
