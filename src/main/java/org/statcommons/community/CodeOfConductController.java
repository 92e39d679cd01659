package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.web.ShowFormOnError;

/** Reading a community's code of conduct, accepting a changed one, and the secretariat's editing of it. */
@Controller
@CommunityTab("conduct")
class CodeOfConductController {

    private final CodesOfConduct conduct;
    private final AcceptCodeOfConduct acceptCodeOfConduct;
    private final EditCodeOfConduct editCodeOfConduct;
    private final Markdown markdown;

    CodeOfConductController(
            CodesOfConduct conduct,
            AcceptCodeOfConduct acceptCodeOfConduct,
            EditCodeOfConduct editCodeOfConduct,
            Markdown markdown) {
        this.conduct = conduct;
        this.acceptCodeOfConduct = acceptCodeOfConduct;
        this.editCodeOfConduct = editCodeOfConduct;
        this.markdown = markdown;
    }

    /** The current text; a member who accepted an older version gets the form to accept this one. */
    @GetMapping("/c/{slug}/code-of-conduct")
    String read(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Model model) {
        CodesOfConduct.Conduct current = conduct.current(community.id());
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        return "community/conduct";
    }

    @PostMapping("/c/{slug}/code-of-conduct/accept")
    @ShowFormOnError("read")
    String accept(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute ConductConsent consent,
            Actor actor,
            RedirectAttributes redirect) {
        acceptCodeOfConduct.accept(actor, community, consent);
        redirect.addFlashAttribute("notice", "Thank you for accepting the code of conduct.");
        return "redirect:" + CommunityAddress.of(community.slug());
    }

    /** The text to edit: the current one, or as typed when refused. */
    @GetMapping("/c/{slug}/code-of-conduct/edit")
    String editForm(
            @Permitted(Action.EDIT_CODE_OF_CONDUCT) Community community,
            @ModelAttribute("form") ConductChange form,
            Model model) {
        CodesOfConduct.Conduct current = conduct.current(community.id());
        model.addAttribute("conduct", current);
        model.addAttribute("form", form.body() == null ? new ConductChange(current.body()) : form);
        return "community/conduct-edit";
    }

    @PostMapping("/c/{slug}/code-of-conduct/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.EDIT_CODE_OF_CONDUCT) Community community,
            @ModelAttribute("form") ConductChange form,
            Actor actor,
            RedirectAttributes redirect) {
        int version = editCodeOfConduct.edit(actor, community, form.body());
        redirect.addFlashAttribute(
                "notice", "Saved as version " + version + ". Members will be asked to accept it on their next visit.");
        return "redirect:" + CommunityAddress.conduct(community.slug());
    }
}
