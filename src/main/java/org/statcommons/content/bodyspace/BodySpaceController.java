package org.statcommons.content.bodyspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.BodySpace;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.attachments.AttachmentAddress;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.attachments.FileResponses;
import org.statcommons.content.pages.CompareVersions;
import org.statcommons.content.pages.PageForm;
import org.statcommons.content.pages.PageRenderer;
import org.statcommons.content.space.HistoryReader;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A body's members-only space ({@link BodySpace}) under {@code /c/{slug}/bodies/{id}/space}: its pages, a page now or
 * in an old version, its history and the comparison of two versions, a new page and the editor, for the body's
 * members and the secretariat. The community is asked for its members' area first ({@code @Permitted}: someone signed
 * out is sent to sign in), then the policy for the body's space with the body member's standing ({@link BodySpaces}):
 * anyone else is refused (403) before anything of the space is read. The space is made, with its start page, the
 * first time one of them opens it.
 */
@Controller
@CommunityTab("members")
class BodySpaceController {

    static final int HISTORY_SIZE = 25;

    private final BodySpaces spaces;
    private final SetUpSpace setup;
    private final Pages pages;
    private final PageRenderer renderer;
    private final HistoryReader history;
    private final CompareVersions compare;
    private final SaveBodyPage save;
    private final StatCommonsProperties site;
    private final Attachments attachments;

    BodySpaceController(
            BodySpaces spaces,
            SetUpSpace setup,
            Pages pages,
            PageRenderer renderer,
            HistoryReader history,
            CompareVersions compare,
            SaveBodyPage save,
            StatCommonsProperties site,
            Attachments attachments) {
        this.attachments = attachments;
        this.site = site;
        this.spaces = spaces;
        this.setup = setup;
        this.pages = pages;
        this.renderer = renderer;
        this.history = history;
        this.compare = compare;
        this.save = save;
    }

    @GetMapping("/c/{slug}/bodies/{id}/space")
    String space(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.VIEW_BODY_SPACE, community, id);
        setup.ensureBodySpace(space);
        List<Listed> listed = pages.list(space.key()).stream()
                .sorted(Comparator.comparing(PageSummary::path))
                .map(page -> new Listed(page, space.page(page.path())))
                .toList();
        frame(model, space, actor, community);
        model.addAttribute("pages", listed);
        model.addAttribute("cloneUrl", site.link(space.git()));
        return "content/body-space";
    }

    /** A page in the list, with its address. */
    record Listed(PageSummary page, String href) {}

    @GetMapping("/c/{slug}/bodies/{id}/space/{*rest}")
    String page(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.VIEW_BODY_SPACE, community, id);
        String path = SpaceAddress.path(rest);
        if (path.isEmpty()) {
            return "redirect:" + space.address();
        }
        boolean current = version == null || version.isBlank();
        Pages.PageContent content = current
                ? pages.read(space.key(), path)
                : pages.read(space.key(), new PageVersion(version.strip(), path));
        boolean edits = spaces.may(actor, Action.EDIT_BODY_SPACE, community, id);
        PageRenderer.Rendered rendered = renderer.render(
                content.blobId(), content.body(), content.path(), BodyPageLinks.of(space, pages, edits));
        frame(model, space, actor, community);
        model.addAttribute("doc", content);
        model.addAttribute("current", current);
        model.addAttribute("html", rendered.html());
        model.addAttribute("broken", rendered.broken());
        model.addAttribute("links", BodyPageActions.of(space, content.path()));
        String shownVersion = current ? null : content.commitId();
        model.addAttribute(
                "files",
                attachments.list(space.key(), content.path(), shownVersion).stream()
                        .map(file -> BodyFile.of(space, file, shownVersion))
                        .toList());
        model.addAttribute("attachHref", space.address() + "/-/attach/" + PageAddress.encoded(content.path()));
        model.addAttribute("fileLimit", ByteSize.of(attachments.limit()));
        return "content/body-page";
    }

    /** A file of a page of the space, now or in an old version ({@code version}), for those who read the space. */
    @GetMapping("/c/{slug}/bodies/{id}/space/-/files/{*rest}")
    ResponseEntity<byte[]> file(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Actor actor) {
        BodySpace space = spaces.require(actor, Action.VIEW_BODY_SPACE, community, id);
        String commit = version == null || version.isBlank() ? null : version.strip();
        return FileResponses.send(
                attachments.read(space.key(), AttachmentAddress.path(rest), commit), ifNoneMatch, false);
    }

    /** Attaches a file to a page, as on the community's pages (the same kinds of file, the same size limit). */
    @PostMapping("/c/{slug}/bodies/{id}/space/-/attach/{*rest}")
    @ShowFormOnError(
            value = "page",
            on = {InvalidInputException.class, TooLargeException.class, TooManyRequestsException.class})
    String attach(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @RequestParam(required = false) MultipartFile file,
            Actor actor,
            Author author) {
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        String path = SpaceAddress.path(rest);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(
                    "file", file == null ? Text.of("content.files.choose") : Text.of("content.files.empty"));
        }
        setup.ensureBodySpace(space);
        attachments.attach(space.key(), path, file.getOriginalFilename(), bytes(file), author);
        return "redirect:" + space.page(path) + "#files";
    }

    @PostMapping("/c/{slug}/bodies/{id}/space/-/detach/{*rest}")
    String detach(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            Actor actor,
            Author author) {
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        String path = AttachmentAddress.path(rest);
        attachments.remove(space.key(), path, author);
        return "redirect:" + space.page(Attachments.pageOf(path).orElseThrow()) + "#files";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/c/{slug}/bodies/{id}/space/-/new")
    String newForm(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") PageForm form,
            @RequestParam(required = false) String path,
            @RequestParam(required = false) String title,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        if (form.getPath().isEmpty() && path != null) {
            form.setPath(path.strip());
        }
        if (form.getTitle().isEmpty() && title != null) {
            form.setTitle(title.strip());
        }
        frame(model, space, actor, community);
        model.addAttribute("isNew", true);
        model.addAttribute("action", space.action("new", null));
        return "content/body-edit";
    }

    @PostMapping("/c/{slug}/bodies/{id}/space/-/new")
    @ShowFormOnError("newForm")
    String create(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Author author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(form.getPath());
        SaveResult result = save.save(
                actor,
                community,
                id,
                new PageEdit(path, form.getTitle(), form.getBody(), null, form.getSummary()),
                author);
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        if (result instanceof SaveResult.Conflicted conflicted) {
            // created by someone else meanwhile: the editor again, on their page, with both texts marked
            response.setStatus(409);
            form.setPath(path);
            return conflict(model, space, actor, community, form, conflicted);
        }
        redirect.addFlashAttribute("notice", Text.of("content.notice.created"));
        return "redirect:" + space.page(path);
    }

    @GetMapping("/c/{slug}/bodies/{id}/space/-/edit/{*rest}")
    String editForm(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        String path = SpaceAddress.path(rest);
        if (form.getBaseCommit().isEmpty()) {
            // the form as the page is now; a refused save comes back with what was typed instead
            Pages.PageContent content = pages.read(space.key(), path);
            form.setTitle(content.title());
            form.setBody(content.body());
            form.setBaseCommit(content.commitId());
        }
        form.setPath(path);
        frame(model, space, actor, community);
        model.addAttribute("isNew", false);
        model.addAttribute("action", space.action("edit", path));
        model.addAttribute("links", BodyPageActions.of(space, path));
        return "content/body-edit";
    }

    @PostMapping("/c/{slug}/bodies/{id}/space/-/edit/{*rest}")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Author author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        form.setPath(path);
        SaveResult result = save.save(
                actor,
                community,
                id,
                new PageEdit(path, form.getTitle(), form.getBody(), form.getBaseCommit(), form.getSummary()),
                author);
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, id);
        switch (result.outcome()) {
            case CONFLICT -> {
                response.setStatus(409);
                return conflict(model, space, actor, community, form, (SaveResult.Conflicted) result);
            }
            case MERGED -> redirect.addFlashAttribute("notice", Text.of("content.notice.merged"));
            case UNCHANGED -> redirect.addFlashAttribute("notice", Text.of("content.notice.unchanged"));
            default -> redirect.addFlashAttribute("notice", Text.of("content.notice.saved"));
        }
        return "redirect:" + space.page(path);
    }

    /**
     * The editor again after a conflict: the text merged with both sides marked where they differ, to be saved on
     * the page as it is now; nothing was saved.
     */
    private String conflict(
            Model model,
            BodySpace space,
            Actor actor,
            Community community,
            PageForm form,
            SaveResult.Conflicted conflict) {
        form.setBody(conflict.marked());
        form.setBaseCommit(conflict.headCommit() == null ? "" : conflict.headCommit());
        frame(model, space, actor, community);
        model.addAttribute("isNew", false);
        model.addAttribute("conflict", conflict.reason());
        model.addAttribute("action", space.action("edit", form.getPath()));
        model.addAttribute("links", BodyPageActions.of(space, form.getPath()));
        return "content/body-edit";
    }

    @GetMapping("/c/{slug}/bodies/{id}/space/-/history/{*rest}")
    String pageHistory(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @RequestParam(defaultValue = "1") int page,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.VIEW_BODY_SPACE, community, id);
        String path = SpaceAddress.path(rest);
        var changes = history.ofPage(space.key(), path, page, HISTORY_SIZE);
        if (changes.items().isEmpty() && page == 1) {
            throw new NotFoundException(Text.of("content.no-page.never", path));
        }
        List<BodyHistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < changes.items().size(); i++) {
            PageChange change = changes.items().get(i);
            PageChange older = i + 1 < changes.items().size() ? changes.items().get(i + 1) : null;
            rows.add(BodyHistoryRow.of(space, path, change, older));
        }
        frame(model, space, actor, community);
        model.addAttribute("path", path);
        model.addAttribute("history", changes);
        model.addAttribute("rows", rows);
        model.addAttribute("links", BodyPageActions.of(space, path));
        return "content/body-history";
    }

    @GetMapping("/c/{slug}/bodies/{id}/space/-/compare/{*rest}")
    String compare(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable String rest,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String fromPath,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String toPath,
            @RequestParam(defaultValue = "inline") String view,
            Actor actor,
            Model model) {
        BodySpace space = spaces.require(actor, Action.VIEW_BODY_SPACE, community, id);
        String path = SpaceAddress.path(rest);
        if (to == null || to.isBlank()) {
            throw new NotFoundException(Text.of("content.no-page.never", path));
        }
        PageVersion older =
                from == null || from.isBlank() ? null : new PageVersion(from.strip(), blankOr(fromPath, path));
        PageVersion newer = new PageVersion(to.strip(), blankOr(toPath, path));
        frame(model, space, actor, community);
        model.addAttribute("comparison", compare.compare(space.key(), older, newer));
        model.addAttribute("sideBySide", "side".equals(view));
        model.addAttribute("path", path);
        model.addAttribute("links", BodyPageActions.of(space, path));
        model.addAttribute("inlineHref", compareLink(space, path, older, newer, "inline"));
        model.addAttribute("sideHref", compareLink(space, path, older, newer, "side"));
        return "content/body-compare";
    }

    /** What every screen of the space shows: the body and its space, and whether this reader may write in it. */
    private void frame(Model model, BodySpace space, Actor actor, Community community) {
        model.addAttribute("space", space);
        model.addAttribute("edits", spaces.may(actor, Action.EDIT_BODY_SPACE, community, space.bodyId()));
    }

    /** The address comparing two versions of a page of the space; {@code older} null: with nothing (its creation). */
    static String compareLink(BodySpace space, String path, PageVersion older, PageVersion newer, String view) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(space.action("compare", path));
        if (older != null) {
            uri.queryParam("from", older.commitId()).queryParam("fromPath", older.path());
        }
        uri.queryParam("to", newer.commitId())
                .queryParam("toPath", newer.path())
                .queryParam("view", view);
        return uri.encode().build().toUriString();
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
