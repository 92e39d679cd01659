package org.statcommons.content.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpaceSetup;
import org.statcommons.content.moderation.HiddenText;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.web.PageActions;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.content.web.SpaceSite;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Changing pages as a member who may edit directly: new page (from a template), edit with the base commit
 * (a clean merge saves; a conflict shows both versions and keeps the person's text in the editor), move,
 * delete and restore.
 */
@Controller
class PageEditController {

    private final SpaceSite site;
    private final Pages pages;
    private final SavePage save;
    private final MovePage move;
    private final DeletePage delete;
    private final RestorePage restore;
    private final HiddenText hiddenText;

    PageEditController(SpaceSite site, Pages pages, SavePage save, MovePage move, DeletePage delete, RestorePage restore,
                       HiddenText hiddenText) {
        this.site = site;
        this.hiddenText = hiddenText;
        this.pages = pages;
        this.save = save;
        this.move = move;
        this.delete = delete;
        this.restore = restore;
    }

    @GetMapping("/c/{slug}/space/-/new")
    String newForm(@PathVariable String slug, @RequestParam(required = false) String template,
                   @RequestParam(required = false) String folder, @RequestParam(required = false) String title,
                   Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        PageForm form = new PageForm();
        if (title != null) {
            form.setTitle(title.strip());
            form.setPath(suggestedPath(folder, title));
        } else if (folder != null && !folder.isBlank()) {
            form.setPath(folder.strip() + "/");
        }
        if (template != null && !template.isBlank()) {
            String path = SpaceSetup.TEMPLATES + SpaceAddress.path(template);
            form.setBody(pages.read(community.id(), path).body());
        }
        return newPage(model, slug, community, form, null);
    }

    @PostMapping("/c/{slug}/space/-/new")
    String create(@PathVariable String slug, PageForm form, Actor actor, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        String path = SpaceAddress.path(form.getPath());
        try {
            // a conflict with a page already there shows its text
            hiddenText.require(actor, community, null, path);
            SaveResult result = save.save(community.id(), new PageEdit(path, form.getTitle(), form.getBody(), null,
                    form.getSummary()), site.author(actor));
            if (result.outcome() == SaveResult.Outcome.CONFLICT) {
                response.setStatus(409);
                return conflict(model, slug, community, form, (SaveResult.Conflicted) result);
            }
            redirect.addFlashAttribute("notice", "The page is created.");
            return "redirect:" + SpaceAddress.page(slug, path);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return newPage(model, slug, community, form, e.byField());
        } catch (TooManyRequestsException e) {
            return newPage(model, slug, community, form, tooMany(response, e));
        }
    }

    @GetMapping("/c/{slug}/space/-/edit/{*rest}")
    String editForm(@PathVariable String slug, @PathVariable String rest, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        // the editor holds the text: only those who moderate edit a hidden page
        hiddenText.require(actor, community, null, content.path());
        PageForm form = new PageForm();
        form.setPath(content.path());
        form.setTitle(content.title());
        form.setBody(content.body());
        form.setBaseCommit(content.commitId());
        return editPage(model, slug, form, null, null);
    }

    @PostMapping("/c/{slug}/space/-/edit/{*rest}")
    String edit(@PathVariable String slug, @PathVariable String rest, PageForm form, Actor actor, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        String path = SpaceAddress.path(rest);
        form.setPath(path);
        hiddenText.require(actor, community, null, path);
        try {
            SaveResult result = save.save(community.id(), new PageEdit(path, form.getTitle(), form.getBody(),
                    form.getBaseCommit(), form.getSummary()), site.author(actor));
            switch (result.outcome()) {
                case CONFLICT -> {
                    response.setStatus(409);
                    return editPage(model, slug, form, null, (SaveResult.Conflicted) result);
                }
                case MERGED -> redirect.addFlashAttribute("notice",
                        "Someone saved this page while you edited it; your changes were merged with theirs.");
                case UNCHANGED -> redirect.addFlashAttribute("notice", "Nothing changed, so nothing was saved.");
                default -> redirect.addFlashAttribute("notice", "Saved.");
            }
            return "redirect:" + SpaceAddress.page(slug, path);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return editPage(model, slug, form, e.byField(), null);
        } catch (TooManyRequestsException e) {
            return editPage(model, slug, form, tooMany(response, e), null);
        }
    }

    @GetMapping("/c/{slug}/space/-/move/{*rest}")
    String moveForm(@PathVariable String slug, @PathVariable String rest, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        return movePage(model, slug, content, content.path(), "", null);
    }

    @PostMapping("/c/{slug}/space/-/move/{*rest}")
    String move(@PathVariable String slug, @PathVariable String rest, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "") String summary, Actor actor, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        String path = SpaceAddress.path(rest);
        String target = SpaceAddress.path(to);
        try {
            move.move(community.id(), path, target, summary, site.author(actor));
            redirect.addFlashAttribute("notice", "The page moved. Its old address leads here.");
            return "redirect:" + SpaceAddress.page(slug, target);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return movePage(model, slug, pages.read(community.id(), path), to, summary, e.byField());
        }
    }

    @GetMapping("/c/{slug}/space/-/delete/{*rest}")
    String deleteForm(@PathVariable String slug, @PathVariable String rest, Actor actor, Model model) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        model.addAttribute("doc", content);
        model.addAttribute("links", PageActions.of(slug, content.path()));
        return "content/delete";
    }

    @PostMapping("/c/{slug}/space/-/delete/{*rest}")
    String delete(@PathVariable String slug, @PathVariable String rest, @RequestParam(defaultValue = "") String baseCommit,
                  @RequestParam(defaultValue = "") String summary, Actor actor, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        String path = SpaceAddress.path(rest);
        SaveResult result = delete.delete(community.id(), path, baseCommit, summary, site.author(actor));
        if (result.outcome() == SaveResult.Outcome.CONFLICT) {
            response.setStatus(409);
            model.addAttribute("doc", pages.read(community.id(), path));
            model.addAttribute("links", PageActions.of(slug, path));
            model.addAttribute("conflict", ((SaveResult.Conflicted) result).reason());
            return "content/delete";
        }
        redirect.addFlashAttribute("notice", "The page is deleted. Its history keeps every version; restore it from there.");
        return "redirect:" + SpaceAddress.action(slug, "history", path);
    }

    @PostMapping("/c/{slug}/space/-/restore/{*rest}")
    String restore(@PathVariable String slug, @PathVariable String rest, @RequestParam String version,
                   @RequestParam(required = false) String versionPath, Actor actor, Model model,
                   RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.EDIT_PAGE, model);
        String path = SpaceAddress.path(rest);
        String from = versionPath == null || versionPath.isBlank() ? path : versionPath.strip();
        SaveResult result = restore.restore(community.id(), path, new PageVersion(version.strip(), from), "", site.author(actor));
        redirect.addFlashAttribute("notice", result.outcome() == SaveResult.Outcome.UNCHANGED
                ? "The page already is as in that version." : "The old version is back, as a new version.");
        return "redirect:" + SpaceAddress.page(slug, path);
    }

    private String newPage(Model model, String slug, Community community, PageForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("isNew", true);
        model.addAttribute("action", SpaceAddress.space(slug) + "/-/new");
        model.addAttribute("templates", PageTree.templates(pages.list(community.id())).stream()
                .map(page -> new Template(page.title(), page.path().substring(SpaceSetup.TEMPLATES.length(),
                        page.path().length() - ".md".length())))
                .toList());
        model.addAttribute("newHref", SpaceAddress.space(slug) + "/-/new");
        return "content/edit";
    }

    /** Over the save limits: 429 and Retry-After, and the form again with the person's text and the message. */
    static Map<String, String> tooMany(HttpServletResponse response, TooManyRequestsException e) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return Map.of("", e.getMessage());
    }

    /** A page template offered by the new-page form. */
    record Template(String title, String name) {
    }

    private String conflict(Model model, String slug, Community community, PageForm form, SaveResult.Conflicted conflict) {
        newPage(model, slug, community, form, null);
        model.addAttribute("conflict", Conflict.of(conflict));
        return "content/edit";
    }

    private static String editPage(Model model, String slug, PageForm form, Map<String, String> errors,
                                   SaveResult.Conflicted conflict) {
        if (conflict != null) {
            // the next save replaces the page as it is now, with what the person keeps in the editor
            form.setBaseCommit(conflict.headCommit());
            model.addAttribute("conflict", Conflict.of(conflict));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("isNew", false);
        model.addAttribute("action", SpaceAddress.action(slug, "edit", form.getPath()));
        model.addAttribute("links", PageActions.of(slug, form.getPath()));
        return "content/edit";
    }

    private static String movePage(Model model, String slug, Pages.PageContent content, String to, String summary,
                                   Map<String, String> errors) {
        model.addAttribute("doc", content);
        model.addAttribute("to", to);
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("links", PageActions.of(slug, content.path()));
        return "content/move";
    }

    /** A path for a new page from its title: lower case, words joined by hyphens. */
    private static String suggestedPath(String folder, String title) {
        String name = PageRenderer.slug(title.toLowerCase(Locale.ROOT));
        String prefix = folder == null || folder.isBlank() ? "" : folder.strip() + "/";
        return prefix + name + ".md";
    }

    /** A conflict as the edit page shows it: the reason, the page as it is now, and the marked merge. */
    record Conflict(String reason, String theirsTitle, String theirsBody, String marked) {
        static Conflict of(SaveResult.Conflicted conflict) {
            PageFile theirs = PageFile.parse(conflict.theirs());
            return new Conflict(conflict.reason(), theirs.title(conflict.path()), theirs.body(), conflict.marked());
        }

        public List<String> markedLines() {
            return List.of(marked.split("\n", -1));
        }
    }
}
