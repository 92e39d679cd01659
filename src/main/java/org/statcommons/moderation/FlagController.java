package org.statcommons.moderation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Actor;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The one flag form for every kind of item ({@code /flag?item=comment:5}): it shows what is flagged, as the
 * flagger sees it, and the code of conduct's reasons. Someone who cannot see the item gets "not found".
 */
@Controller
class FlagController {

    private final FlagItem flagItem;
    private final FlagFormPresenter presenter;

    FlagController(FlagItem flagItem, FlagFormPresenter presenter) {
        this.flagItem = flagItem;
        this.presenter = presenter;
    }

    /** The form: opened from an item's "Flag" link, or as typed when refused. */
    @GetMapping("/flag")
    String form(@ModelAttribute("form") NewFlag form, Actor actor, Model model) {
        FlagFormPresenter.FlagFormView view = presenter.present(actor, form);
        model.addAttribute("view", view);
        model.addAttribute("form", view.form());
        return "moderation/flag";
    }

    @PostMapping("/flag")
    @ShowFormOnError("form")
    String flag(@ModelAttribute("form") NewFlag form, Actor actor, Model model) {
        FlagItem.Flagged flagged = flagItem.flag(actor, form);
        model.addAttribute("flagged", flagged.item());
        model.addAttribute("repeated", flagged.repeated());
        return "moderation/flagged";
    }
}
