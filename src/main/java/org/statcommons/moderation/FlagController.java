package org.statcommons.moderation;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/**
 * The one flag form for every kind of item ({@code /flag?item=comment:5}): it shows what is flagged, as the
 * flagger sees it, and the code of conduct's reasons. Someone who cannot see the item gets "not found".
 */
@Controller
class FlagController {

    private final Flagging flagging;

    FlagController(Flagging flagging) {
        this.flagging = flagging;
    }

    @GetMapping("/flag")
    String form(@RequestParam(defaultValue = "") String item, Actor actor, Model model) {
        ModeratedContent.FlaggedItem found = flagging.item(actor, item);
        FlagReason earlier = flagging.earlierFlag(actor, found.item().key()).orElse(null);
        return form(model, found, earlier == null ? "" : earlier.name(), "", Map.of(), earlier != null);
    }

    @PostMapping("/flag")
    String flag(@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String note, Actor actor, Model model) {
        try {
            Flagging.Flagged flagged = flagging.flag(actor, item, reason, note);
            model.addAttribute("flagged", flagged.item());
            model.addAttribute("repeated", flagged.repeated());
            return "moderation/flagged";
        } catch (InvalidInputException e) {
            // the item is described again only to re-show the form; flag() has already asked the policy
            return form(model, flagging.item(actor, item), reason, note, e.byField(), false);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, flagging.item(actor, item), reason, note, Map.of(), false);
        }
    }

    private static String form(Model model, ModeratedContent.FlaggedItem item, String reason, String note,
                               Map<String, String> errors, boolean earlier) {
        model.addAttribute("item", item);
        model.addAttribute("reasons", FlagReason.values());
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("earlier", earlier);
        return "moderation/flag";
    }
}
