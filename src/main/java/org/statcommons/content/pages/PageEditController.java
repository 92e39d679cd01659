package org.statcommons.content.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageFields;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.translations.TranslationPresenter;
import org.statcommons.content.web.PageActions;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Changing pages as a member who may edit directly: new page (from a template), edit with the base commit
 * (a clean merge saves; a conflict shows both versions and keeps the person's text in the editor), move,
 * delete and restore.
 */
@Controller
@CommunityTab("space")
class PageEditController {

    private final Pages pages;
    private final SavePage save;
    private final MovePage move;
    private final DeletePage delete;
    private final RestorePage restore;
    private final HiddenTextChecker hiddenText;
    private final ConflictPresenter conflicts;
    private final Permissions permissions;
    private final PageFields fields;
    private final TranslationPresenter translations;

    PageEditController(
            Pages pages,
            SavePage save,
            MovePage move,
            DeletePage delete,
            RestorePage restore,
            HiddenTextChecker hiddenText,
            ConflictPresenter conflicts,
            Permissions permissions,
            PageFields fields,
            TranslationPresenter translations) {
        this.fields = fields;
        this.translations = translations;
        this.permissions = permissions;
        this.hiddenText = hiddenText;
        this.conflicts = conflicts;
        this.pages = pages;
        this.save = save;
        this.move = move;
        this.delete = delete;
        this.restore = restore;
    }

    /**
     * The new-page form. A member who may propose but not edit, who opened this address directly (a bookmark, a
     * link from before), is sent on to the proposal of a new page with what the address carried; anyone else who
     * may not edit gets the usual refusal.
     */
    @GetMapping("/c/{slug}/space/-/new")
    Object newForm(
            @Permitted(Action.VIEW_SPACE) Community community,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String folder,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Model model) {
        if (!permissions.may(actor, Action.EDIT_PAGE, community.id())) {
            if (!permissions.may(actor, Action.PROPOSE_CHANGE, community.id())) {
                permissions.require(actor, Action.EDIT_PAGE, community.id());
            }
            return proposeInstead(community, template, folder, form);
        }
        if (form.getPath().isBlank()) {
            // the first showing: a path from the title or the folder the link came with; shown again, the form is as
            // typed
            if (!form.getTitle().isBlank()) {
                form.setTitle(form.getTitle().strip());
                form.setPath(suggestedPath(folder, form.getTitle()));
            } else if (folder != null && !folder.isBlank()) {
                form.setPath(folder.strip() + "/");
            }
        }
        startFrom(community, template, form, model);
        return newPage(model, community, form);
    }

    private static RedirectView proposeInstead(Community community, String template, String folder, PageForm form) {
        String path =
                form.getPath().isBlank() && folder != null && !folder.isBlank() ? folder.strip() + "/" : form.getPath();
        UriComponentsBuilder to = UriComponentsBuilder.fromPath("/c/{slug}/proposals/new");
        if (!path.isBlank()) {
            to.queryParam("path", "{path}");
        }
        if (!form.getTitle().isBlank()) {
            to.queryParam("title", "{title}");
        }
        if (template != null && !template.isBlank()) {
            to.queryParam("template", "{template}");
        }
        Map<String, String> values = new HashMap<>();
        values.put("slug", community.slug());
        values.put("path", path);
        values.put("title", form.getTitle());
        values.put("template", template);
        RedirectView redirect =
                new RedirectView(to.buildAndExpand(values).encode().toUriString());
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    /**
     * A template chosen on the form: its text goes into an empty editor; everything typed stays as it was, since
     * choosing is a round trip of the whole form (the rules are {@link Pages#startFrom}'s).
     */
    private void startFrom(Community community, String template, PageForm form, Model model) {
        Pages.TemplateChoice choice = pages.startFrom(community.id(), template, form.getBody());
        form.setBody(choice.body());
        model.addAttribute("templateNotice", choice.notice());
    }

    @PostMapping("/c/{slug}/space/-/new")
    @ShowFormOnError("newForm")
    String create(
            @Permitted(Action.EDIT_PAGE) Community community,
            @ModelAttribute("form") PageForm form,
            @RequestParam(required = false) String template,
            Actor actor,
            Author author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (template != null) {
            // "Start from this template" pressed: the form comes back with the template, nothing is saved
            startFrom(community, template, form, model);
            return newPage(model, community, form);
        }
        String path = SpaceAddress.path(form.getPath());
        // a conflict with a page already there shows its text
        hiddenText.require(actor, community, null, path);
        SaveResult result = save.save(
                community.id(),
                new PageEdit(path, form.getTitle(), form.getBody(), null, form.getSummary())
                        .withFields(fields(community, path, form)),
                author);
        if (result.outcome() == SaveResult.Outcome.CONFLICT) {
            response.setStatus(409);
            // created by someone else meanwhile: resolved like an edit of their page, from nothing
            form.setPath(path);
            return editPage(model, community, form, (SaveResult.Conflicted) result, "");
        }
        redirect.addFlashAttribute("notice", Text.of("content.notice.created"));
        return "redirect:" + SpaceAddress.page(community.slug(), path);
    }

    /**
     * "Translate this page": the new-page form for {@code guide.fr.md}, filled with the original's title and text
     * and recording the original's version; a member who may only propose gets the proposal of that new page, which
     * starts from the original's text too. A translation that exists already is opened instead.
     */
    @GetMapping("/c/{slug}/space/-/translate/{*rest}")
    Object translate(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(name = "lang", defaultValue = "") String lang,
            Actor actor,
            Model model) {
        String original = PageLanguage.originalPath(SpaceAddress.path(rest));
        PageLanguage language = PageLanguage.parse(lang)
                .orElseThrow(() -> new InvalidInputException("lang", Text.of("translations.language.invalid")));
        Pages.PageContent page = pages.read(community.id(), original);
        // the form holds the original's text: a hidden page is translated only by those who moderate
        hiddenText.require(actor, community, null, original);
        if (page.language().filter(language::equals).isPresent()) {
            throw new InvalidInputException("lang", Text.of("translations.language.same"));
        }
        String path = language.translationOf(original);
        if (pages.list(community.id()).stream()
                .anyMatch(summary -> summary.path().equals(path))) {
            return "redirect:" + SpaceAddress.page(community.slug(), path);
        }
        PageForm form = new PageForm();
        form.setPath(path);
        form.setTitle(page.title());
        if (!permissions.may(actor, Action.EDIT_PAGE, community.id())) {
            if (!permissions.may(actor, Action.PROPOSE_CHANGE, community.id())) {
                permissions.require(actor, Action.EDIT_PAGE, community.id());
            }
            return proposeInstead(community, null, null, form);
        }
        form.setBody(page.body());
        form.setTranslatedFrom(page.commitId());
        return newPage(model, community, form);
    }

    @GetMapping("/c/{slug}/space/-/edit/{*rest}")
    String editForm(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Model model) {
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        // the editor holds the text: only those who moderate edit a hidden page
        hiddenText.require(actor, community, null, content.path());
        form.setPath(content.path());
        if (form.getTitle().isEmpty()
                && form.getBody().isEmpty()
                && form.getBaseCommit().isEmpty()) {
            // the first showing: the page as it is now; shown again after a refusal, the form is as typed
            form.setTitle(content.title());
            form.setBody(content.body());
            form.setBaseCommit(content.commitId());
        }
        return editPage(model, community, form, null, null);
    }

    @PostMapping("/c/{slug}/space/-/edit/{*rest}")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @ModelAttribute("form") PageForm form,
            Actor actor,
            Author author,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        form.setPath(path);
        hiddenText.require(actor, community, null, path);
        String start = form.getBaseCommit();
        if (form.isResolving()) {
            // the conflict screen: the person's text with each conflicting passage as they chose, saved on the page
            // as it was when they chose; refused, the editor shows their own text
            form.setBody(form.getMine());
            form.setBody(conflicts.resolve(
                    community, path, form.getStartCommit(), start, form.getMine(), request::getParameter));
        }
        SaveResult result = save.save(
                community.id(),
                new PageEdit(path, form.getTitle(), form.getBody(), form.getBaseCommit(), form.getSummary())
                        .withFields(fields(community, path, form)),
                author);
        switch (result.outcome()) {
            case CONFLICT -> {
                response.setStatus(409);
                return editPage(model, community, form, (SaveResult.Conflicted) result, start);
            }
            case MERGED -> redirect.addFlashAttribute("notice", Text.of("content.notice.merged"));
            case UNCHANGED -> redirect.addFlashAttribute("notice", Text.of("content.notice.unchanged"));
            default -> redirect.addFlashAttribute("notice", Text.of("content.notice.saved"));
        }
        return "redirect:" + SpaceAddress.page(community.slug(), path);
    }

    @GetMapping("/c/{slug}/space/-/move/{*rest}")
    String moveForm(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "") String summary,
            Model model) {
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        model.addAttribute("doc", content);
        // shown again after a refusal, with the target as typed
        model.addAttribute("to", to == null ? content.path() : to);
        model.addAttribute("summary", summary);
        model.addAttribute("links", PageActions.of(community.slug(), content.path()));
        return "content/move";
    }

    @PostMapping("/c/{slug}/space/-/move/{*rest}")
    @ShowFormOnError("moveForm")
    String move(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String summary,
            Author author,
            RedirectAttributes redirect) {
        String target = SpaceAddress.path(to);
        move.move(community.id(), SpaceAddress.path(rest), target, summary, author);
        redirect.addFlashAttribute("notice", Text.of("content.notice.moved"));
        return "redirect:" + SpaceAddress.page(community.slug(), target);
    }

    @GetMapping("/c/{slug}/space/-/delete/{*rest}")
    String deleteForm(@Permitted(Action.EDIT_PAGE) Community community, @PathVariable String rest, Model model) {
        Pages.PageContent content = pages.read(community.id(), SpaceAddress.path(rest));
        model.addAttribute("doc", content);
        model.addAttribute("links", PageActions.of(community.slug(), content.path()));
        return "content/delete";
    }

    @PostMapping("/c/{slug}/space/-/delete/{*rest}")
    String delete(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "") String baseCommit,
            @RequestParam(defaultValue = "") String summary,
            Author author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        SaveResult result = delete.delete(community.id(), path, baseCommit, summary, author);
        if (result.outcome() == SaveResult.Outcome.CONFLICT) {
            response.setStatus(409);
            model.addAttribute("doc", pages.read(community.id(), path));
            model.addAttribute("links", PageActions.of(community.slug(), path));
            model.addAttribute("conflict", ((SaveResult.Conflicted) result).reason());
            return "content/delete";
        }
        redirect.addFlashAttribute("notice", Text.of("content.notice.deleted"));
        return "redirect:" + SpaceAddress.action(community.slug(), "history", path);
    }

    @PostMapping("/c/{slug}/space/-/restore/{*rest}")
    String restore(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam String version,
            @RequestParam(required = false) String versionPath,
            Author author,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        String from = versionPath == null || versionPath.isBlank() ? path : versionPath.strip();
        SaveResult result = restore.restore(community.id(), path, new PageVersion(version.strip(), from), "", author);
        redirect.addFlashAttribute(
                "notice",
                result.outcome() == SaveResult.Outcome.UNCHANGED
                        ? Text.of("content.notice.restore.unchanged")
                        : Text.of("content.notice.restored"));
        return "redirect:" + SpaceAddress.page(community.slug(), path);
    }

    private String newPage(Model model, Community community, PageForm form) {
        String slug = community.slug();
        model.addAttribute("form", form);
        model.addAttribute("isNew", true);
        model.addAttribute("action", SpaceAddress.space(slug) + "/-/new");
        model.addAttribute("templates", pages.templates(community.id()));
        model.addAttribute("translation", translations.forEdit(community, form.getPath()));
        return "content/edit";
    }

    private String editPage(
            Model model, Community community, PageForm form, SaveResult.Conflicted conflict, String startCommit) {
        String slug = community.slug();
        if (conflict != null) {
            // the next save replaces the page as it is now, with what the person keeps
            form.setBaseCommit(conflict.headCommit());
            model.addAttribute("conflict", conflicts.present(community, conflict, startCommit, form.getTitle()));
        }
        model.addAttribute("form", form);
        model.addAttribute("isNew", false);
        model.addAttribute("action", SpaceAddress.action(slug, "edit", form.getPath()));
        model.addAttribute("links", PageActions.of(slug, form.getPath()));
        model.addAttribute("translation", translations.forEdit(community, form.getPath()));
        return "content/edit";
    }

    /** The front matter a save from the form writes: the page's, with the language fields as the form sets them. */
    private Map<String, String> fields(Community community, String path, PageForm form) {
        return fields.fromForm(community.id(), path, form.getLanguage(), form.getTranslatedFrom());
    }

    /** A path for a new page from its title: lower case, words joined by hyphens. */
    private static String suggestedPath(String folder, String title) {
        String name = PageRenderer.slug(title.toLowerCase(Locale.ROOT));
        String prefix = folder == null || folder.isBlank() ? "" : folder.strip() + "/";
        return prefix + name + ".md";
    }
}
