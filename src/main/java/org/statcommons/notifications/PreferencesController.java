package org.statcommons.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;

/** /account/notifications: how the person hears of every community, and of some separately. */
@Controller
class PreferencesController {

    private final PreferenceChanges changes;

    PreferencesController(PreferenceChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/account/notifications")
    String show(Actor actor, Model model) {
        long accountId = NotificationController.signedIn(actor);
        PreferenceChanges.View view = changes.view(accountId);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("default", view.ownDefault() == null ? "" : view.ownDefault().name());
        view.communities().forEach(c -> typed.put("c" + c.id(), c.choice() == null ? "" : c.choice().name()));
        return page(model, view, typed, Map.of());
    }

    @PostMapping("/account/notifications")
    String save(Actor actor, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        long accountId = NotificationController.signedIn(actor);
        PreferenceChanges.View view = changes.view(accountId);
        Map<Long, String> perCommunity = new LinkedHashMap<>();
        view.communities().forEach(c -> perCommunity.put(c.id(), form.getOrDefault("c" + c.id(), "")));
        try {
            changes.save(accountId, form.getOrDefault("default", ""), perCommunity);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("default", form.getOrDefault("default", ""));
            perCommunity.forEach((id, choice) -> typed.put("c" + id, choice));
            return page(model, view, typed, e.byField());
        }
        redirect.addFlashAttribute("notice", "Your notification choices are saved.");
        return "redirect:/account/notifications";
    }

    private static String page(Model model, PreferenceChanges.View view, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        List<Choice> choices = new ArrayList<>(List.of(Choice.values()));
        model.addAttribute("choices", choices);
        return "notifications/preferences";
    }
}
