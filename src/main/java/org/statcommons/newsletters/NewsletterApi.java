package org.statcommons.newsletters;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;

/** Newsletters over JSON, with the same rules as the pages. Subscribing is a page only (double opt-in by e-mail). */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class NewsletterApi {

    record NewsletterBody(String subject, String body) {
    }

    record NewsletterJson(long id, String subject, String status, String body, String html, Instant updatedAt,
                          Instant sentAt, String sentBy, Integer recipients, String link) {
    }

    record SentJson(long id, int recipients) {
    }

    record SubscriberJson(String email, String status, Instant createdAt, Instant confirmedAt, Instant bouncedAt,
                          String bounceReason) {
    }

    private final Communities communities;
    private final Permissions permissions;
    private final Newsletters newsletters;
    private final NewsletterWriting writing;
    private final NewsletterSending sending;
    private final Highlights highlights;
    private final Subscribers subscribers;
    private final Markdown markdown;

    NewsletterApi(Communities communities, Permissions permissions, Newsletters newsletters, NewsletterWriting writing,
                  NewsletterSending sending, Highlights highlights, Subscribers subscribers, Markdown markdown) {
        this.communities = communities;
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.writing = writing;
        this.sending = sending;
        this.highlights = highlights;
        this.subscribers = subscribers;
        this.markdown = markdown;
    }

    /** The archive: sent newsletters, newest first, without their text. */
    @GetMapping("/newsletters")
    List<NewsletterJson> archive(@PathVariable String slug, Actor actor) {
        Community community = community(slug, actor, Action.VIEW_COMMUNITY_LANDING);
        return newsletters.archive(community.id()).stream().map(n -> json(community, n, false)).toList();
    }

    @GetMapping("/newsletters/{id}")
    NewsletterJson newsletter(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = community(slug, actor, Action.VIEW_COMMUNITY_LANDING);
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        return newsletters.find(community.id(), id).filter(n -> n.sent() || writes).map(n -> json(community, n, true))
                .orElseThrow(() -> new NotFoundException("There is no newsletter #" + id + " in this community."));
    }

    @PostMapping("/newsletters")
    ResponseEntity<NewsletterJson> create(@PathVariable String slug, @RequestBody(required = false) NewsletterBody body, Actor actor) {
        Community community = community(slug, actor, Action.SEND_NEWSLETTER);
        long id = writing.create(actor, community, body == null ? null : body.subject(), body == null ? null : body.body());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/newsletters/" + id))
                .body(json(community, newsletters.find(community.id(), id).orElseThrow(), true));
    }

    @PutMapping("/newsletters/{id}")
    NewsletterJson update(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) NewsletterBody body,
                          Actor actor) {
        Community community = community(slug, actor, Action.SEND_NEWSLETTER);
        writing.update(actor, community, id, body == null ? null : body.subject(), body == null ? null : body.body());
        return json(community, newsletters.find(community.id(), id).orElseThrow(), true);
    }

    @PostMapping("/newsletters/{id}/send")
    SentJson send(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = community(slug, actor, Action.SEND_NEWSLETTER);
        return new SentJson(id, sending.send(actor, community, id));
    }

    /** The highlights the editor proposes, by group: {@code {"group": [{"label", "markdown"}]}}. */
    @GetMapping("/newsletters/highlights")
    Map<String, List<Highlights.Highlight>> highlights(@PathVariable String slug, Actor actor) {
        Community community = community(slug, actor, Action.SEND_NEWSLETTER);
        return highlights.propose(community).groups();
    }

    @GetMapping("/newsletter-subscribers")
    List<SubscriberJson> subscribers(@PathVariable String slug, Actor actor) {
        Community community = community(slug, actor, Action.SEND_NEWSLETTER);
        return subscribers.all(community.id()).stream().map(s -> new SubscriberJson(s.email(), s.status(), s.createdAt(),
                s.confirmedAt(), s.bouncedAt(), s.bounceReason())).toList();
    }

    private Community community(String slug, Actor actor, Action action) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        return community;
    }

    private NewsletterJson json(Community community, Newsletter n, boolean withText) {
        return new NewsletterJson(n.id(), n.subject(), n.sent() ? "SENT" : "DRAFT", withText ? n.body() : null,
                withText ? markdown.toHtml(n.body()) : null, n.updatedAt(), n.sentAt(), n.sentByName(), n.recipients(),
                "/c/" + community.slug() + "/newsletters/" + n.id());
    }
}
