package org.statcommons.newsletters;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;

/**
 * Writing and sending (SEND_NEWSLETTER): the editor with the proposed highlights beside it, inserted by a
 * plain form button (no script needed), a preview, saving a draft, and sending it.
 */
@Controller
class NewsletterEditorController {

    private final CommunityFrame pages;
    private final Newsletters newsletters;
    private final NewsletterWriting writing;
    private final NewsletterSending sending;
    private final Highlights highlights;
    private final Markdown markdown;
    private final NewsletterPages shown;

    NewsletterEditorController(CommunityFrame pages, Newsletters newsletters, NewsletterWriting writing,
                               NewsletterSending sending, Highlights highlights, Markdown markdown,
                               NewsletterPages shown) {
        this.pages = pages;
        this.newsletters = newsletters;
        this.writing = writing;
        this.sending = sending;
        this.highlights = highlights;
        this.markdown = markdown;
        this.shown = shown;
    }

    @GetMapping("/c/{slug}/newsletters/new")
    String newForm(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        return editor(community, model, new NewsletterForm(), null, null);
    }

    @PostMapping("/c/{slug}/newsletters/new")
    String create(@PathVariable String slug, Actor actor, @ModelAttribute("form") NewsletterForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        if (!"save".equals(form.getAction())) {
            return worked(community, model, form, null);
        }
        try {
            long id = writing.create(actor, community, form.getSubject(), form.getBody());
            redirect.addFlashAttribute("notice", "The draft is saved. Nothing has been sent yet.");
            return "redirect:/c/" + community.slug() + "/newsletters/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return editor(community, model, form, null, e.byField());
        }
    }

    @GetMapping("/c/{slug}/newsletters/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Actor actor, Model model,
                    RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        Newsletter newsletter = newsletters.find(community.id(), id)
                .orElseThrow(() -> new NotFoundException("There is no newsletter #" + id + " in this community."));
        if (newsletter.sent()) {
            redirect.addFlashAttribute("notice", "This newsletter has been sent; a sent newsletter is not changed.");
            return "redirect:/c/" + community.slug() + "/newsletters/" + id;
        }
        model.addAttribute("newsletterId", id);
        return editor(community, model, NewsletterForm.of(newsletter), null, null);
    }

    @PostMapping("/c/{slug}/newsletters/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Actor actor, @ModelAttribute("form") NewsletterForm form,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        model.addAttribute("newsletterId", id);
        if (!"save".equals(form.getAction())) {
            return worked(community, model, form, null);
        }
        try {
            writing.update(actor, community, id, form.getSubject(), form.getBody());
            redirect.addFlashAttribute("notice", "The draft is saved. Nothing has been sent yet.");
            return "redirect:/c/" + community.slug() + "/newsletters/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return editor(community, model, form, null, e.byField());
        }
    }

    @PostMapping("/c/{slug}/newsletters/{id}/send")
    String send(@PathVariable String slug, @PathVariable long id, Actor actor, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        try {
            int recipients = sending.send(actor, community, id);
            redirect.addFlashAttribute("notice", "The newsletter is on its way to " + recipients
                    + (recipients == 1 ? " person" : " people") + ", and now in the public archive.");
            return "redirect:/c/" + community.slug() + "/newsletters/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return shown.newsletter(community, id, actor, model, e.getMessage());
        }
    }

    /** "Insert highlights" adds the ticked ones to the text; "Preview" renders it. Neither saves. */
    private String worked(Community community, Model model, NewsletterForm form, Map<String, String> errors) {
        if ("insert".equals(form.getAction())) {
            form.setBody(NewsletterWriting.withHighlights(form.getBody(), form.getHighlight()));
            form.setHighlight(new java.util.ArrayList<>());
            return editor(community, model, form, null, errors);
        }
        return editor(community, model, form, markdown.toHtml(form.getBody()), errors);
    }

    private String editor(Community community, Model model, NewsletterForm form, String preview, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        model.addAttribute("highlights", highlights.propose(community));
        return "newsletters/editor";
    }
}
