package org.statcommons.newsletters;

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
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Writing newsletters (SEND_NEWSLETTER): the editor with the proposed highlights beside it, inserted by a plain form
 * button (no script needed), a preview, and saving a draft. Neither inserting nor previewing saves; a refused draft
 * comes back as typed, with the messages next to the fields. Sending is on the newsletter's screen
 * ({@link NewsletterController}).
 */
@Controller
@CommunityTab("newsletters")
class NewsletterEditorController {

    private final NewsletterPresenter presenter;
    private final WriteNewsletter writeNewsletter;
    private final EditNewsletter editNewsletter;
    private final HighlightProposer highlights;
    private final Markdown markdown;

    NewsletterEditorController(
            NewsletterPresenter presenter,
            WriteNewsletter writeNewsletter,
            EditNewsletter editNewsletter,
            HighlightProposer highlights,
            Markdown markdown) {
        this.presenter = presenter;
        this.writeNewsletter = writeNewsletter;
        this.editNewsletter = editNewsletter;
        this.highlights = highlights;
        this.markdown = markdown;
    }

    /** The editor for a new newsletter: empty, or as typed when refused. */
    @GetMapping("/c/{slug}/newsletters/new")
    String newForm(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @ModelAttribute("form") NewsletterForm form,
            Model model) {
        return editor(community, form, null, model);
    }

    @PostMapping("/c/{slug}/newsletters/new")
    @ShowFormOnError("newForm")
    String write(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @ModelAttribute("form") NewsletterForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        if (!form.saves()) {
            return worked(community, form, model);
        }
        long id = writeNewsletter.write(actor, community, form.draft());
        return saved(community, id, redirect);
    }

    /** The editor for a draft: as saved, or as typed when refused. A sent newsletter is not changed. */
    @GetMapping("/c/{slug}/newsletters/{id}/edit")
    String editForm(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @PathVariable long id,
            @ModelAttribute("form") NewsletterForm form,
            Model model,
            RedirectAttributes redirect) {
        Newsletter newsletter = presenter.forEditor(community, id);
        if (newsletter.sent()) {
            redirect.addFlashAttribute("notice", Text.of("newsletters.sent-unchangeable"));
            return "redirect:/c/" + community.slug() + "/newsletters/" + id;
        }
        model.addAttribute("newsletterId", id);
        return editor(community, form.typed() ? form : NewsletterForm.of(newsletter), null, model);
    }

    @PostMapping("/c/{slug}/newsletters/{id}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @PathVariable long id,
            @ModelAttribute("form") NewsletterForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        if (!form.saves()) {
            model.addAttribute("newsletterId", id);
            return worked(community, form, model);
        }
        editNewsletter.edit(actor, community, id, form.draft());
        return saved(community, id, redirect);
    }

    /** "Insert highlights" adds the ticked ones to the text; "Preview" formats it. Neither saves. */
    private String worked(Community community, NewsletterForm form, Model model) {
        if (form.inserts()) {
            return editor(community, form.withHighlights(), null, model);
        }
        return editor(community, form, markdown.toHtml(form.body()), model);
    }

    private String editor(Community community, NewsletterForm form, String preview, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        // the reader's times, which every screen's model holds
        model.addAttribute("highlights", highlights.propose(community, (TimePresenter) model.getAttribute("times")));
        return "newsletters/editor";
    }

    private static String saved(Community community, long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", Text.of("newsletters.notice.saved"));
        return "redirect:/c/" + community.slug() + "/newsletters/" + id;
    }
}
