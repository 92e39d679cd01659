package org.statcommons.data.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.data.DataTeamChecker;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Builds the lists of data requests: a community's, and every community's for the catalogue. */
@Component
class DataRequestPresenter {

    /** The most requests a list shows: the most supported. */
    static final int LISTED = 200;

    private final DataRequests requests;
    private final DataRequestSupports supports;
    private final Permissions permissions;
    private final DataTeamChecker team;
    private final Datasets datasets;
    private final Communities communities;
    private final Clock clock;

    DataRequestPresenter(
            DataRequests requests,
            DataRequestSupports supports,
            Permissions permissions,
            DataTeamChecker team,
            Datasets datasets,
            Communities communities,
            Clock clock) {
        this.requests = requests;
        this.supports = supports;
        this.permissions = permissions;
        this.team = team;
        this.datasets = datasets;
        this.communities = communities;
        this.clock = clock;
    }

    DataRequestView ofCommunity(Actor actor, Community community) {
        boolean mayAnswer = team.may(actor, Action.ANSWER_DATA_REQUESTS, community.id());
        List<DataRequestView.DatasetChoice> choices = mayAnswer
                ? datasets.ofCommunity(community.id(), false, clock.instant()).stream()
                        .map(d -> new DataRequestView.DatasetChoice(d.id(), d.title()))
                        .toList()
                : List.of();
        return new DataRequestView(
                lines(actor, requests.bySupport(community.id(), null, 0, LISTED), Map.of(community.id(), community)),
                permissions.may(actor, Action.REQUEST_DATA, community.id()),
                mayAnswer,
                choices);
    }

    DataRequestView ofEveryCommunity(Actor actor) {
        return new DataRequestView(lines(actor, requests.bySupport(null, null, 0, LISTED)), false, false, List.of());
    }

    /**
     * Requests of a community (every community's when null) in a status (any when null), most supported first: at most
     * {@code limit} after the first {@code offset}.
     */
    List<DataRequestView.Line> some(Actor actor, Long communityId, DataRequest.Status status, long offset, int limit) {
        return lines(actor, requests.bySupport(communityId, status, offset, limit));
    }

    /** One request as listed; "not found" when there is none. */
    DataRequestView.Line one(Actor actor, long id) {
        return lines(actor, requests.byId(id).stream().toList()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("data-requests.none")));
    }

    /** The community a request was asked of; "not found" when there is no such request. */
    Community communityOf(long id) {
        return requests.byId(id)
                .flatMap(r -> communities.byId(r.communityId()))
                .orElseThrow(() -> new NotFoundException(Text.of("data-requests.none")));
    }

    private List<DataRequestView.Line> lines(Actor actor, List<DataRequest> list) {
        Map<Long, Community> where = list.stream()
                .map(DataRequest::communityId)
                .distinct()
                .flatMap(id -> communities.byId(id).stream())
                // asked like the community's own list: a community whose front page the actor may not see lists nothing
                .filter(community -> permissions.may(actor, Action.VIEW_COMMUNITY_LANDING, community.id()))
                .collect(Collectors.toMap(Community::id, Function.identity()));
        return lines(actor, list, where);
    }

    private List<DataRequestView.Line> lines(Actor actor, List<DataRequest> list, Map<Long, Community> where) {
        Set<Long> supported = actor.signedIn() && !list.isEmpty()
                ? supports.supportedBy(
                        actor.accountId(), list.stream().map(DataRequest::id).toList())
                : Set.of();
        return list.stream()
                .filter(r -> where.containsKey(r.communityId()))
                .map(r -> new DataRequestView.Line(
                        r,
                        where.get(r.communityId()).slug(),
                        where.get(r.communityId()).name(),
                        supported.contains(r.id()),
                        r.datasetId() == null
                                ? null
                                : datasets.byId(r.datasetId())
                                        .map(Dataset::title)
                                        .orElse(null)))
                .toList();
    }
}
