package org.statcommons.content.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.community.Viewer;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.PageViewState;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.attachments.AttachmentController;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.space.HistoryReader;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.translations.TranslationPresenter;
import org.statcommons.content.web.PageActions;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/** Reading a space as a member: the page tree, a page (now or in an old version), its history, comparisons. */
@Controller
@CommunityTab("space")
class SpaceController {

    static final int HISTORY_SIZE = 25;

    /** How many of the most viewed pages the space's front page lists. */
    static final int MOST_VIEWED = 10;

    private final PageLinker linker;
    private final Pages pages;
    private final HistoryReader history;
    private final CompareVersions compare;
    private final PageRenderer renderer;
    private final Publications publications;
    private final PageViewCounter views;
    private final BlameReader blame;
    private final Attachments attachments;
    private final HiddenTextChecker hiddenText;
    private final TranslationPresenter translations;
    private final RememberedPageViews remembered;
    private final List<PageViewState> extras;

    SpaceController(
            PageLinker linker,
            Pages pages,
            HistoryReader history,
            CompareVersions compare,
            PageRenderer renderer,
            Publications publications,
            PageViewCounter views,
            BlameReader blame,
            Attachments attachments,
            HiddenTextChecker hiddenText,
            TranslationPresenter translations,
            RememberedPageViews remembered,
            List<PageViewState> extras) {
        this.remembered = remembered;
        this.extras = extras;
        this.translations = translations;
        this.hiddenText = hiddenText;
        this.blame = blame;
        this.attachments = attachments;
        this.linker = linker;
        this.pages = pages;
        this.history = history;
        this.compare = compare;
        this.renderer = renderer;
        this.publications = publications;
        this.views = views;
    }

    @GetMapping("/c/{slug}/space")
    String tree(@Permitted(Action.VIEW_SPACE) Community community, Model model) {
        List<PageSummary> all = pages.list(community.id());
        model.addAttribute("tree", PageTree.of(community.slug(), all));
        model.addAttribute(
                "recent",
                history.recentlyChanged(community.id(), 10).stream()
                        .filter(page -> !page.path().startsWith(SetUpSpace.TEMPLATES))
                        .map(page -> Listed.of(page, community.slug()))
                        .toList());
        model.addAttribute(
                "templates",
                PageTree.templates(all).stream()
                        .map(page -> Listed.of(page, community.slug()))
                        .toList());
        PageViews.Totals viewed = views.mostViewed(community.id(), 30, MOST_VIEWED);
        Map<String, String> titles = new HashMap<>();
        all.forEach(page -> titles.put(page.path(), page.title()));
        model.addAttribute("viewsTotal", viewed.total());
        model.addAttribute(
                "mostViewed",
                viewed.pages().stream()
                        .map(page -> Viewed.of(community.slug(), page, titles.get(page.path())))
                        .toList());
        return "content/space";
    }

    /** A page among the most viewed: its title and address, or its old path when it is no longer there. */
    record Viewed(String title, String href, long views) {
        static Viewed of(String slug, PageViews.Viewed page, String title) {
            return title == null
                    ? new Viewed(page.path(), null, page.views())
                    : new Viewed(title, SpaceAddress.page(slug, page.path()), page.views());
        }
    }

    /** A page in a list, with its address. */
    record Listed(PageSummary page, String href) {
        static Listed of(PageSummary page, String slug) {
            return new Listed(page, SpaceAddress.page(slug, page.path()));
        }
    }

    @GetMapping("/c/{slug}/space/{*rest}")
    Object page(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        String path = SpaceAddress.path(rest);
        if (path.isEmpty()) {
            return "redirect:" + SpaceAddress.space(community.slug());
        }
        boolean current = version == null || version.isBlank();
        Pages.PageContent content;
        try {
            content = current
                    ? pages.read(community.id(), path)
                    : pages.read(community.id(), new PageVersion(version.strip(), path));
        } catch (NotFoundException e) {
            Optional<String> moved = current ? pages.movedTo(community.id(), path) : Optional.empty();
            if (moved.isPresent()) {
                return ResponseEntity.status(301)
                        .location(java.net.URI.create(SpaceAddress.page(community.slug(), moved.get())))
                        .build();
            }
            throw new NotFoundException(Text.of("content.no-page.deleted", path));
        }
        Optional<Publications.Published> published;
        boolean hidden;
        if (current) {
            Publications.Marks marks = publications.marks(community.id(), content.path());
            published = marks.published();
            hidden = marks.hidden();
        } else {
            published = publications.published(community.id(), content.path());
            hidden = hiddenText.hidden(community, new PageVersion(content.commitId(), content.path()));
        }
        // a hidden page's text, in any version, is shown only to those who moderate, so that they can judge it
        boolean showText = !hiddenText.withheld(actor, community, hidden);
        if (current) {
            views.count(community.id(), content.path(), request.getHeader("User-Agent"));
        }
        long viewCount = current ? views.recent(community.id(), content.path(), 30) : 0;
        RememberedPageViews.Key key = current && rememberable(actor, model, request)
                ? key(community, content, hidden, published, actor, model, request)
                : null;
        if (key != null) {
            Optional<ResponseEntity<byte[]>> answer =
                    remembered.remembered(key, model.asMap(), viewCount, content.commitId(), request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        PageLinks links = linker.forMembers(community, actor);
        PageRenderer.Rendered rendered = showText
                ? renderer.render(content.blobId(), content.body(), content.path(), links)
                : renderer.render("", content.path(), links);
        model.addAttribute("doc", content);
        model.addAttribute("current", current);
        model.addAttribute("html", showText ? rendered.html() : null);
        // the current text block by block, for the comments beside its passages (comments/threads.html)
        model.addAttribute("passages", showText && current ? rendered.passages() : List.of());
        model.addAttribute("toc", rendered.toc().size() >= 3 ? rendered.toc() : List.of());
        model.addAttribute("broken", rendered.broken());
        model.addAttribute("hiddenByModerator", hidden);
        model.addAttribute("flagItem", "page:" + community.id() + "/" + content.path());
        model.addAttribute("published", published.orElse(null));
        model.addAttribute(
                "changedSincePublished",
                published.isPresent() && !published.get().blobId().equals(content.blobId()));
        model.addAttribute("publicHref", SpaceAddress.published(community.slug(), content.path()));
        model.addAttribute("views", viewCount);
        model.addAttribute("links", PageActions.of(community.slug(), content.path()));
        model.addAttribute("translations", translations.present(community, content, current));
        AttachmentController.addFiles(
                model, attachments, community, content.path(), current ? null : content.commitId(), showText);
        return key == null
                ? "content/page"
                : remembered.render(key, model.asMap(), viewCount, content.commitId(), request, response);
    }

    /**
     * A member's view of a page as it is now is rendered once per {@link RememberedPageViews.Key}; not so for
     * someone not signed in (the header differs), a page asked with parameters (a passage's form open, another
     * language) or a page with anything of its own from the request before (a notice after a change, a refused
     * comment's text and errors).
     */
    private static boolean rememberable(Actor actor, Model model, HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return actor.signedIn()
                && request.getQueryString() == null
                && (flash == null || flash.isEmpty())
                && model.getAttribute("me") != null
                && model.getAttribute("notice") == null
                && model.getAttribute("errors") == null
                && model.getAttribute("viewer") instanceof Viewer
                && model.getAttribute("times") instanceof TimePresenter;
    }

    private RememberedPageViews.Key key(
            Community community,
            Pages.PageContent content,
            boolean hidden,
            Optional<Publications.Published> published,
            Actor actor,
            Model model,
            HttpServletRequest request) {
        TimePresenter times = (TimePresenter) model.getAttribute("times");
        return new RememberedPageViews.Key(
                community,
                content.path(),
                // a translation shows its original's language and what changed in it since: another page's file
                PageLanguage.ofPath(content.path()).isPresent() ? content.commitId() : null,
                content.blobId(),
                pages.names(community.id(), content.commitId()),
                // the files at the commit the page was read from: found in memory without reading main's ref again
                attachments.list(community.id(), content.path(), content.commitId()),
                hidden,
                published,
                ((Viewer) model.getAttribute("viewer")).shown(),
                extras.stream()
                        .map(state -> state.of(community, content.path(), actor))
                        .toList(),
                LocaleContextHolder.getLocale(),
                // the times' own language and zone, and whether the zone was assumed (said beside times)
                Arrays.asList(times.locale(), times.zone(), times.assumed()),
                request.getRequestURI());
    }

    @GetMapping("/c/{slug}/space/-/raw/{*rest}")
    ResponseEntity<String> raw(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            Actor actor) {
        String path = SpaceAddress.path(rest);
        Pages.PageContent content = version == null || version.isBlank()
                ? pages.read(community.id(), path)
                : pages.read(community.id(), new PageVersion(version.strip(), path));
        hiddenText.require(
                actor, community, version == null || version.isBlank() ? null : content.commitId(), content.path());
        String text =
                PageFile.of(content.title(), content.fields(), content.body()).text();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(text);
    }

    @GetMapping("/c/{slug}/space/-/history")
    String spaceHistory(
            @Permitted(Action.VIEW_SPACE) Community community,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("history", history.ofSpace(community.id(), page, HISTORY_SIZE));
        model.addAttribute("slug", community.slug());
        return "content/space-history";
    }

    @GetMapping("/c/{slug}/space/-/history/{*rest}")
    String pageHistory(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        String path = SpaceAddress.path(rest);
        var changes = history.ofPage(community.id(), path, page, HISTORY_SIZE);
        if (changes.items().isEmpty() && page == 1) {
            throw new NotFoundException(Text.of("content.no-page.never", path));
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < changes.items().size(); i++) {
            PageChange change = changes.items().get(i);
            PageChange older = i + 1 < changes.items().size() ? changes.items().get(i + 1) : null;
            rows.add(HistoryRow.of(community.slug(), path, change, older));
        }
        model.addAttribute("path", path);
        model.addAttribute("pageTitle", title(community, path, changes.items()));
        model.addAttribute("history", changes);
        model.addAttribute("rows", rows);
        model.addAttribute("exists", exists(community, path));
        model.addAttribute("links", PageActions.of(community.slug(), path));
        return "content/page-history";
    }

    @GetMapping("/c/{slug}/space/-/compare/{*rest}")
    String compare(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String fromPath,
            @RequestParam String to,
            @RequestParam(required = false) String toPath,
            @RequestParam(defaultValue = "inline") String view,
            Actor actor,
            Model model) {
        String path = SpaceAddress.path(rest);
        PageVersion older =
                from == null || from.isBlank() ? null : new PageVersion(from.strip(), blankOr(fromPath, path));
        PageVersion newer = new PageVersion(to.strip(), blankOr(toPath, path));
        var comparison = compare.compare(community.id(), older, newer);
        // the lines of a hidden page, on either side, are its text
        boolean withheld = hiddenText.withheld(actor, community, newer.commitId(), newer.path())
                || older != null && hiddenText.withheld(actor, community, older.commitId(), older.path())
                || hiddenText.withheld(actor, community, path);
        model.addAttribute("comparison", withheld ? null : comparison);
        model.addAttribute("hiddenByModerator", withheld);
        model.addAttribute("sideBySide", "side".equals(view));
        model.addAttribute("path", path);
        model.addAttribute("links", PageActions.of(community.slug(), path));
        model.addAttribute("inlineHref", CompareLink.of(community.slug(), path, older, newer, "inline"));
        model.addAttribute("sideHref", CompareLink.of(community.slug(), path, older, newer, "side"));
        return "content/compare";
    }

    @GetMapping("/c/{slug}/space/-/blame/{*rest}")
    String whoWroteWhat(
            @Permitted(Action.VIEW_SPACE) Community community, @PathVariable String rest, Actor actor, Model model) {
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        hiddenText.require(actor, community, null, content.path());
        model.addAttribute("doc", content);
        model.addAttribute("runs", blame.of(community.id(), content.path()));
        model.addAttribute("links", PageActions.of(community.slug(), content.path()));
        return "content/blame";
    }

    @GetMapping("/c/{slug}/space/-/broken-links")
    String brokenLinks(@Permitted(Action.VIEW_SPACE) Community community, Actor actor, Model model) {
        PageLinks links = linker.forMembers(community);
        List<Broken> broken = new ArrayList<>();
        Set<String> withheld = hiddenText.withheldPaths(actor, community.id());
        for (PageSummary summary : pages.list(community.id())) {
            if (summary.path().startsWith(SetUpSpace.TEMPLATES) || withheld.contains(summary.path())) {
                continue;
            }
            Pages.PageContent content;
            try {
                content = pages.read(community.id(), summary.path());
            } catch (NotFoundException deletedMeanwhile) {
                continue;
            }
            for (PageRenderer.PageLink link : renderer.render(content.blobId(), content.body(), content.path(), links)
                    .broken()) {
                broken.add(new Broken(
                        summary.title(),
                        SpaceAddress.page(community.slug(), summary.path()),
                        link.text(),
                        link.path()));
            }
        }
        model.addAttribute("broken", broken);
        return "content/broken-links";
    }

    /** A link from a page to a page that does not exist. */
    record Broken(String pageTitle, String pageHref, String text, String target) {}

    private String title(Community community, String path, List<PageChange> changes) {
        if (exists(community, path)) {
            return pages.read(community.id(), path).title();
        }
        return path;
    }

    private boolean exists(Community community, String path) {
        return pages.list(community.id()).stream().anyMatch(page -> page.path().equals(path));
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
