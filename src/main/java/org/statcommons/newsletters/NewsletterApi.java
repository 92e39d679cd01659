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
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.TimePresenter;

/**
 * Newsletters over JSON, with the same rules as the screens; the body of a draft is a {@link NewsletterDraft}
 * ({@code subject}, {@code body}). Subscribing is a screen only (double opt-in by e-mail); {@link SubscriberApi} lists
 * the subscribers.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/newsletters")
class NewsletterApi {

    record NewsletterJson(
            long id,
            String subject,
            String status,
            String body,
            String html,
            Instant updatedAt,
            Instant sentAt,
            String sentBy,
            Integer recipients,
            String link) {}

    record SentJson(long id, int recipients) {}

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final WriteNewsletter writeNewsletter;
    private final EditNewsletter editNewsletter;
    private final SendNewsletter sendNewsletter;
    private final HighlightProposer highlights;
    private final Markdown markdown;

    NewsletterApi(
            Permissions permissions,
            Newsletters newsletters,
            WriteNewsletter writeNewsletter,
            EditNewsletter editNewsletter,
            SendNewsletter sendNewsletter,
            HighlightProposer highlights,
            Markdown markdown) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.writeNewsletter = writeNewsletter;
        this.editNewsletter = editNewsletter;
        this.sendNewsletter = sendNewsletter;
        this.highlights = highlights;
        this.markdown = markdown;
    }

    /** The archive: sent newsletters, newest first, without their text. */
    @GetMapping
    List<NewsletterJson> archive(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community) {
        return newsletters.archive(community.id()).stream()
                .map(n -> json(community, n, false))
                .toList();
    }

    /** A sent newsletter; a draft only for those who write newsletters. */
    @GetMapping("/{id}")
    NewsletterJson newsletter(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        return json(community, newsletters.inCommunity(community, id, writes), true);
    }

    @PostMapping
    ResponseEntity<NewsletterJson> write(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @RequestBody(required = false) NewsletterDraft body,
            Actor actor) {
        long id = writeNewsletter.write(actor, community, body == null ? new NewsletterDraft(null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/newsletters/" + id))
                .body(json(community, newsletters.inCommunity(community, id, true), true));
    }

    @PutMapping("/{id}")
    NewsletterJson edit(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @PathVariable long id,
            @RequestBody(required = false) NewsletterDraft body,
            Actor actor) {
        editNewsletter.edit(actor, community, id, body == null ? new NewsletterDraft(null, null) : body);
        return json(community, newsletters.inCommunity(community, id, true), true);
    }

    @PostMapping("/{id}/send")
    SentJson send(@Permitted(Action.SEND_NEWSLETTER) Community community, @PathVariable long id, Actor actor) {
        return new SentJson(id, sendNewsletter.send(actor, community, id));
    }

    /** The highlights the editor proposes, by group: {@code {"group": [{"label", "markdown"}]}}. */
    @GetMapping("/highlights")
    Map<String, List<HighlightProposer.Highlight>> highlights(
            @Permitted(Action.SEND_NEWSLETTER) Community community, TimePresenter times) {
        return highlights.propose(community, times).groups();
    }

    private NewsletterJson json(Community community, Newsletter n, boolean withText) {
        return new NewsletterJson(
                n.id(),
                n.subject(),
                n.sent() ? "SENT" : "DRAFT",
                withText ? n.body() : null,
                withText ? markdown.toHtml(n.body()) : null,
                n.updatedAt(),
                n.sentAt(),
                n.sentByName(),
                n.recipients(),
                "/c/" + community.slug() + "/newsletters/" + n.id());
    }
}
