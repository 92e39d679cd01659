package org.statcommons.leadership;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.decisions.DecisionLogContent;
import org.statcommons.decisions.DecisionVisibility;
import org.statcommons.decisions.LoggedDecision;
import org.statcommons.platform.Text;

/**
 * Counted elections in the community's decision log, linking their results. An election is read by those who may see
 * the members' area, so its entry is members-only: never in the log's public Atom feed.
 */
@Component
class ElectionLogContent implements DecisionLogContent {

    private final Elections elections;
    private final Winners winners;
    private final Bodies bodies;
    private final ElectionPresenter presenter;

    ElectionLogContent(Elections elections, Winners winners, Bodies bodies, ElectionPresenter presenter) {
        this.elections = elections;
        this.winners = winners;
        this.bodies = bodies;
        this.presenter = presenter;
    }

    @Override
    public List<LoggedDecision> decided(Community community, boolean members, int limit) {
        if (!members) {
            return List.of();
        }
        List<Elections.Counted> counted = elections.countedIn(community.id(), limit);
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Winners.Winner>> byElection =
                winners.of(counted.stream().map(c -> c.election().id()).toList()).stream()
                        .collect(Collectors.groupingBy(Winners.Winner::electionId));
        Map<Long, String> names = presenter.names(byElection.values().stream()
                .flatMap(List::stream)
                .map(Winners.Winner::accountId)
                .distinct()
                .toList());
        Map<Long, String> bodyNames = bodies.of(community).stream().collect(Collectors.toMap(Body::id, Body::name));
        return counted.stream()
                .map(c -> {
                    Election e = c.election();
                    List<Winners.Winner> won = byElection.getOrDefault(e.id(), List.of());
                    String body = bodyNames.get(e.bodyId());
                    return new LoggedDecision(
                            "election-" + e.id(),
                            e.title(),
                            e.titleText(),
                            Text.of("leadership.log.outcome"),
                            c.at(),
                            DecisionVisibility.MEMBERS,
                            LeadershipAddress.election(community.slug(), e.id()) + "#results",
                            body,
                            won.isEmpty()
                                    ? Text.of("leadership.log.no-one")
                                    : Text.of(
                                            "leadership.log.elected",
                                            won.stream()
                                                    .map(w -> names.getOrDefault(w.accountId(), "?"))
                                                    .collect(Collectors.joining(", "))),
                            body == null ? community.name() : body);
                })
                .toList();
    }
}
