package org.statcommons.data.requests;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Data requests over JSON, with the screens' rules (anyone reads them; anyone signed in asks and supports; the
 * community's data team answers) and their use cases, so a refusal is the same problem on both. Who asked or supported
 * is never named, as on the screens.
 */
@RestController
class DataRequestApi {

    /** Requests a page of the list holds. */
    static final int PAGE_SIZE = 50;

    record RequestJson(
            long id,
            String community,
            String communityName,
            String title,
            String body,
            String status,
            String answer,
            DatasetJson dataset,
            Instant requestedAt,
            Instant answeredAt,
            int supporters,
            boolean supported,
            String link) {}

    /** The released dataset that answers a request. */
    record DatasetJson(long id, String title, String link) {}

    record ListJson(int page, int pageSize, boolean more, List<RequestJson> requests) {}

    /** A request as asked over JSON: the community asked (its address name), what is needed and why. */
    record AskJson(String community, String title, String body) {}

    private final DataRequestPresenter presenter;
    private final AskForData askForData;
    private final SupportDataRequest supportDataRequest;
    private final AnswerDataRequest answerDataRequest;
    private final Communities communities;

    DataRequestApi(
            DataRequestPresenter presenter,
            AskForData askForData,
            SupportDataRequest supportDataRequest,
            AnswerDataRequest answerDataRequest,
            Communities communities) {
        this.presenter = presenter;
        this.askForData = askForData;
        this.supportDataRequest = supportDataRequest;
        this.answerDataRequest = answerDataRequest;
        this.communities = communities;
    }

    @GetMapping("/api/v1/data-requests")
    ListJson list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String community,
            @RequestParam(defaultValue = "0") int page,
            Actor actor) {
        if (page < 0) {
            throw new InvalidInputException("page", Text.of("data-requests.api.bad-page", String.valueOf(page)));
        }
        DataRequest.Status wanted = status == null || status.isBlank() ? null : status(status);
        Long communityId = community == null || community.isBlank()
                ? null
                : communities
                        .bySlug(community.strip())
                        .map(Community::id)
                        .orElseThrow(() -> new InvalidInputException(
                                "community", Text.of("data-requests.api.bad-community", community)));
        List<DataRequestView.Line> lines =
                presenter.some(actor, communityId, wanted, (long) page * PAGE_SIZE, PAGE_SIZE + 1);
        return new ListJson(
                page,
                PAGE_SIZE,
                lines.size() > PAGE_SIZE,
                lines.stream().limit(PAGE_SIZE).map(DataRequestApi::json).toList());
    }

    @GetMapping("/api/v1/data-requests/{id}")
    RequestJson show(@PathVariable long id, Actor actor) {
        return json(presenter.one(actor, id));
    }

    @PostMapping("/api/v1/data-requests")
    ResponseEntity<RequestJson> ask(@RequestBody AskJson body, Actor actor) {
        Community community = body.community() == null
                ? null
                : communities.bySlug(body.community().strip()).orElse(null);
        if (community == null) {
            throw new InvalidInputException(
                    "community", Text.of("data-requests.api.bad-community", String.valueOf(body.community())));
        }
        long id = askForData.ask(actor, community, new NewDataRequest(body.title(), body.body()));
        return ResponseEntity.created(URI.create("/api/v1/data-requests/" + id)).body(show(id, actor));
    }

    @PostMapping("/api/v1/data-requests/{id}/support")
    RequestJson support(@PathVariable long id, Actor actor) {
        supportDataRequest.support(actor, presenter.communityOf(id), id);
        return show(id, actor);
    }

    @PostMapping("/api/v1/data-requests/{id}/answer")
    RequestJson answer(@PathVariable long id, @RequestBody DataRequestAnswer body, Actor actor) {
        answerDataRequest.answer(actor, presenter.communityOf(id), id, body);
        return show(id, actor);
    }

    private static DataRequest.Status status(String typed) {
        try {
            return DataRequest.Status.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", Text.of("data-requests.api.bad-status", typed));
        }
    }

    private static RequestJson json(DataRequestView.Line line) {
        DataRequest r = line.request();
        return new RequestJson(
                r.id(),
                line.communitySlug(),
                line.communityName(),
                r.title(),
                r.body(),
                r.status().name(),
                r.status() == DataRequest.Status.OPEN ? null : r.answer(),
                line.datasetTitle() == null
                        ? null
                        : new DatasetJson(r.datasetId(), line.datasetTitle(), "/data/" + r.datasetId()),
                r.requestedAt(),
                r.answeredAt(),
                r.supporters(),
                line.supported(),
                DataRequestAddress.of(line.communitySlug(), r.id()));
    }
}
