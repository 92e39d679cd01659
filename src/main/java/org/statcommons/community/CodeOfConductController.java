package org.statcommons.community;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Reading a community's code of conduct, accepting a changed one, and the secretariat's editing of it. */
@Controller
@CommunityTab("conduct")
class CodeOfConductController {

    private final CodesOfConduct conduct;
    private final AcceptCodeOfConduct acceptCodeOfConduct;
    private final EditCodeOfConduct editCodeOfConduct;
    private final Markdown markdown;
    private final People people;

    CodeOfConductController(
            CodesOfConduct conduct,
            AcceptCodeOfConduct acceptCodeOfConduct,
            EditCodeOfConduct editCodeOfConduct,
            Markdown markdown,
            People people) {
        this.conduct = conduct;
        this.acceptCodeOfConduct = acceptCodeOfConduct;
        this.editCodeOfConduct = editCodeOfConduct;
        this.markdown = markdown;
        this.people = people;
    }

    /** The current text; a member who accepted an older version gets the form to accept this one. */
    @GetMapping("/c/{slug}/code-of-conduct")
    String read(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Model model) {
        CodesOfConduct.Conduct current = conduct.current(community.id());
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        return "community/conduct";
    }

    /**
     * Every version, the latest first: when, by whom, and how many members accepted it. The text is as public as the
     * code itself; who wrote each version and the counts are shown to those who see the inside of the community.
     */
    @GetMapping("/c/{slug}/code-of-conduct/versions")
    String versions(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Model model) {
        List<CodesOfConduct.Version> versions = conduct.versions(community.id());
        model.addAttribute("versions", versions);
        model.addAttribute(
                "people",
                people.byId(
                        versions.stream().map(CodesOfConduct.Version::writtenBy).toList()));
        return "community/conduct-versions";
    }

    /** One version's text as it was. */
    @GetMapping("/c/{slug}/code-of-conduct/versions/{version}")
    String version(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable int version, Model model) {
        CodesOfConduct.Conduct shown = find(community, version);
        model.addAttribute("shown", shown);
        model.addAttribute("shownHtml", markdown.toHtml(shown.body()));
        model.addAttribute("latest", conduct.current(community.id()).version());
        return "community/conduct-version";
    }

    /**
     * Two versions compared, word by word: by default the latest against the one before. The form's two choices
     * are plain selects sent by GET, so it works without JavaScript and the address can be shared.
     */
    @GetMapping("/c/{slug}/code-of-conduct/compare")
    String compare(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        CodesOfConduct.Conduct newer = to == null ? conduct.current(community.id()) : find(community, to);
        CodesOfConduct.Conduct older =
                from == null ? find(community, Math.max(1, newer.version() - 1)) : find(community, from);
        model.addAttribute("versions", conduct.versions(community.id()));
        model.addAttribute("comparison", ConductComparison.of(older, newer));
        return "community/conduct-compare";
    }

    private CodesOfConduct.Conduct find(Community community, int version) {
        return conduct.version(community.id(), version)
                .orElseThrow(() -> new NotFoundException(Text.of("community.conduct.no-version", version)));
    }

    @PostMapping("/c/{slug}/code-of-conduct/accept")
    @ShowFormOnError("read")
    String accept(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute ConductConsent consent,
            Actor actor,
            RedirectAttributes redirect) {
        acceptCodeOfConduct.accept(actor, community, consent);
        redirect.addFlashAttribute("notice", Text.of("community.notice.conduct-accepted"));
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
        redirect.addFlashAttribute("notice", Text.of("community.notice.conduct-saved", version));
        return "redirect:" + CommunityAddress.conduct(community.slug());
    }
}
