package org.statcommons.outputs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;
import org.statcommons.workstreams.Workstream;
import org.statcommons.workstreams.WorkstreamContent;

/**
 * A workstream's outputs on the workstream's page, with their stage, for those who see the community's inside; its
 * lead (and a facilitator) is offered to declare another while the workstream runs.
 */
@Component
class OutputWorkstreamContent implements WorkstreamContent {

    private final Outputs outputs;
    private final OutputLeads leads;
    private final Permissions permissions;

    OutputWorkstreamContent(Outputs outputs, OutputLeads leads, Permissions permissions) {
        this.outputs = outputs;
        this.leads = leads;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Workstream workstream) {
        if (!permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id())) {
            return Optional.empty();
        }
        List<Output> theirs = outputs.ofWorkstream(community.id(), workstream.id());
        if (theirs.isEmpty() && !workstream.status().running()) {
            return Optional.empty(); // a workstream not approved yet (or over) has no outputs to speak of
        }
        boolean declares = workstream.status().running() && leads.may(actor, community, workstream.id());
        return Optional.of(new ListedSection(
                10,
                Text.of("outputs.workstream.heading"),
                theirs.stream()
                        .map(o -> new ListedLink(
                                o.title(),
                                OutputAddress.of(community.slug(), o.id()),
                                Text.of("outputs.stage." + o.stage().name()),
                                null))
                        .toList(),
                Text.of("outputs.workstream.empty"),
                declares
                        ? new ListedSection.More(
                                Text.of("outputs.workstream.declare"),
                                OutputAddress.list(community.slug()) + "?workstreamId=" + workstream.id())
                        : null));
    }
}
