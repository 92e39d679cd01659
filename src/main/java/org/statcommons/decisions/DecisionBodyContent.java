package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Body;
import org.statcommons.bodies.BodyContent;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * A body's decisions on the body's page: the open ones first (with their deadline), then the closed ones (with their
 * outcome), the members-only ones for those who may see the members' area. Those who may propose to the body get the
 * link that does it.
 */
@Component
class DecisionBodyContent implements BodyContent {

    static final int SHOWN = 20;

    private final DecisionRecords decisions;
    private final Permissions permissions;
    private final ElectorateChooser electorates;

    DecisionBodyContent(DecisionRecords decisions, Permissions permissions, ElectorateChooser electorates) {
        this.decisions = decisions;
        this.permissions = permissions;
        this.electorates = electorates;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Body body) {
        boolean members = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        List<Decision> all = decisions.ofBody(community.id(), body.id(), members, SHOWN);
        List<ListedLink> links = new ArrayList<>();
        TimePresenter times =
                TimePresenter.anonymous().inLanguage(Language.ofRequest().locale());
        all.stream().filter(d -> !d.closed()).forEach(d -> links.add(link(community, d, times)));
        all.stream().filter(Decision::closed).forEach(d -> links.add(link(community, d, times)));
        boolean proposes = permissions.may(actor, Action.PROPOSE_DECISION, community.id())
                && electorates.mayProposeTo(actor, community, body);
        return Optional.of(new ListedSection(
                10,
                Text.of("decisions.body.heading"),
                links,
                Text.of("decisions.body.empty"),
                proposes
                        ? new ListedSection.More(
                                Text.of("decisions.body.propose"),
                                DecisionAddress.proposeTo(community.slug(), ElectorateChooser.bodyChoice(body.id())))
                        : null));
    }

    private static ListedLink link(Community community, Decision d, TimePresenter times) {
        String href = DecisionAddress.decision(community.slug(), d.id());
        return d.closed()
                ? new ListedLink(
                        d.titleIn(times),
                        href,
                        Text.of("decisions.body.state." + d.outcome().name()),
                        d.closedAt())
                : new ListedLink(d.titleIn(times), href, Text.of("decisions.body.state.open"), d.deadline());
    }
}
