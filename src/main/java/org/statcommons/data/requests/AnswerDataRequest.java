package org.statcommons.data.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.data.DataTeamChecker;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * The publisher's data team answers a data request: planned, released (naming one of the community's released
 * datasets) or declined (with a reason). The asker and every supporter are told (an activity whose audience they are:
 * the notifications feature hears it after commit). A request may be answered again (planned, then released).
 */
@Service
class AnswerDataRequest {

    private final DataTeamChecker team;
    private final DataRequests requests;
    private final DataRequestSupports supports;
    private final Datasets datasets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerDataRequest(
            DataTeamChecker team,
            DataRequests requests,
            DataRequestSupports supports,
            Datasets datasets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.team = team;
        this.requests = requests;
        this.supports = supports;
        this.datasets = datasets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void answer(Actor actor, Community community, long requestId, DataRequestAnswer typed) {
        team.require(actor, Action.ANSWER_DATA_REQUESTS, community.id());
        DataRequest request = requests.lockIn(community.id(), requestId);
        TextInput input = new TextInput();
        DataRequest.Status status = status(typed.status());
        if (status == null) {
            input.error("status", Text.of("data-requests.answer.bad-status", String.valueOf(typed.status())));
        }
        String answer = input.block(
                "answer",
                Text.of("data-requests.field.answer"),
                typed.answer(),
                AskForData.BODY_MAX,
                status == DataRequest.Status.DECLINED);
        Instant now = clock.instant();
        Long datasetId = null;
        if (status == DataRequest.Status.RELEASED) {
            datasetId = dataset(typed.datasetId(), community, now, input);
        }
        input.throwIfInvalid();
        requests.answer(request.id(), status, answer == null ? "" : answer, datasetId, actor.accountId(), now);
        Set<Long> told = supports.of(request.id());
        told.add(request.requestedBy());
        told.remove(actor.accountId());
        events.publishEvent(Activity.of(ActivityKind.DATA_REQUEST_ANSWERED, community.id(), now)
                .title(Text.of("data-requests.activity." + status.name().toLowerCase(Locale.ROOT), request.title()))
                .link(DataRequestAddress.of(community.slug(), request.id()))
                .visibleTo(Visibility.PERSONAL)
                .about(Subject.of("data-request", request.id()))
                .item(new Subject("data-request-answer", request.id() + "/" + now.toEpochMilli()))
                .tell(Audience.people(told))
                .build());
    }

    private static DataRequest.Status status(String typed) {
        try {
            DataRequest.Status status =
                    DataRequest.Status.valueOf(String.valueOf(typed).strip().toUpperCase(Locale.ROOT));
            return status == DataRequest.Status.OPEN ? null : status;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The released dataset of this community that answers the request, named by its id. */
    private Long dataset(String typed, Community community, Instant now, TextInput input) {
        Long id = null;
        try {
            id = Long.parseLong(String.valueOf(typed).strip());
        } catch (NumberFormatException e) {
            // named below
        }
        Dataset dataset = id == null ? null : datasets.byId(id).orElse(null);
        if (dataset == null || dataset.communityId() != community.id() || !dataset.publicAt(now)) {
            input.error("datasetId", Text.of("data-requests.answer.bad-dataset", String.valueOf(typed)));
            return null;
        }
        return dataset.id();
    }
}
