package org.statcommons.content.pages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.web.SpaceAddress;

/** A community's pages over JSON: list, read, save (with the base commit, like the edit form). */
@RestController
@RequestMapping("/api/v1/communities/{slug}/pages")
class PageApi {

    record PageListed(String path, String title, String latestCommit, String author, Instant changedAt) {}

    /** {@code body} is null when a moderator hid the page (and the reader does not moderate). */
    record PageJson(String path, String title, String body, String commitId, String publishedCommit, boolean hidden) {}

    record PageSave(String title, String body, String baseCommit, String summary) {}

    /** The answer to a save: the outcome and the new commit, or on a conflict both texts and the marked merge. */
    record SaveJson(String outcome, String commitId, String reason, String yours, String theirs, String marked) {}

    private final Pages pages;
    private final SavePage save;
    private final Publications publications;
    private final HiddenTextChecker hiddenText;
    private final MessageSource messages;

    PageApi(
            Pages pages,
            SavePage save,
            Publications publications,
            HiddenTextChecker hiddenText,
            MessageSource messages) {
        this.messages = messages;
        this.hiddenText = hiddenText;
        this.pages = pages;
        this.save = save;
        this.publications = publications;
    }

    @GetMapping
    List<PageListed> list(@Permitted(Action.VIEW_SPACE) Community community) {
        return pages.list(community.id()).stream()
                .map(p -> new PageListed(p.path(), p.title(), p.latestCommit(), p.authorName(), p.changedAt()))
                .toList();
    }

    @GetMapping("/{*rest}")
    PageJson read(@Permitted(Action.VIEW_SPACE) Community community, @PathVariable String rest, Actor actor) {
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        String published = publications
                .published(community.id(), content.path())
                .map(Publications.Published::commitId)
                .orElse(null);
        boolean hidden = hiddenText.hidden(community, content.path());
        boolean showText = !hiddenText.withheld(actor, community, hidden);
        return new PageJson(
                content.path(),
                content.title(),
                showText ? content.body() : null,
                content.commitId(),
                published,
                hidden);
    }

    @PutMapping("/{*rest}")
    ResponseEntity<SaveJson> save(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestBody PageSave page,
            Actor actor,
            Author author,
            Locale locale) {
        // a conflict would answer with the hidden text
        hiddenText.require(actor, community, null, SpaceAddress.path(rest));
        SaveResult result = save.save(
                community.id(),
                new PageEdit(SpaceAddress.path(rest), page.title(), page.body(), page.baseCommit(), page.summary()),
                author);
        if (result.outcome() == SaveResult.Outcome.CONFLICT) {
            SaveResult.Conflicted conflict = (SaveResult.Conflicted) result;
            return ResponseEntity.status(409)
                    .body(new SaveJson(
                            "CONFLICT",
                            conflict.headCommit(),
                            messages.getMessage(conflict.reason(), locale),
                            conflict.yours(),
                            conflict.theirs(),
                            conflict.marked()));
        }
        SaveResult.Saved saved = (SaveResult.Saved) result;
        return ResponseEntity.ok(new SaveJson(saved.outcome().name(), saved.commitId(), null, null, null, null));
    }
}
