package org.statcommons.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Actor;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * /account/notifications: how the person hears of every community, and of some separately. A refused choice comes
 * back with every field as it was sent.
 */
@Controller
class PreferencesController {

    private static final String DEFAULT = "default";

    private final PreferencesPresenter presenter;
    private final ChangePreferences changePreferences;

    PreferencesController(PreferencesPresenter presenter, ChangePreferences changePreferences) {
        this.presenter = presenter;
        this.changePreferences = changePreferences;
    }

    /**
     * The form: the saved choices, or, shown again after a refusal, what was sent ({@code default} and one
     * {@code c<id>} per community, each a choice's name or "" for the default).
     */
    @GetMapping("/account/notifications")
    String show(Actor actor, @RequestParam Map<String, String> sent, Model model) {
        PreferencesView view = presenter.present(CurrentReader.signedIn(actor));
        boolean refused = sent.containsKey(DEFAULT);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(DEFAULT, refused ? sent.get(DEFAULT) : name(view.ownDefault()));
        view.communities().forEach(c -> {
            String field = PreferenceChange.field(c.id());
            typed.put(field, refused ? sent.getOrDefault(field, "") : name(c.choice()));
        });
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("choices", List.of(Choice.values()));
        return "notifications/preferences";
    }

    @PostMapping("/account/notifications")
    @ShowFormOnError("show")
    String save(Actor actor, @RequestParam Map<String, String> sent, RedirectAttributes redirect) {
        long accountId = CurrentReader.signedIn(actor);
        Map<Long, String> perCommunity = new LinkedHashMap<>();
        presenter
                .present(accountId)
                .communities()
                .forEach(c -> perCommunity.put(c.id(), sent.getOrDefault(PreferenceChange.field(c.id()), "")));
        changePreferences.change(accountId, PreferenceChange.parse(sent.getOrDefault(DEFAULT, ""), perCommunity));
        redirect.addFlashAttribute("notice", Text.of("notifications.notice.saved"));
        return "redirect:/account/notifications";
    }

    private static String name(Choice choice) {
        return choice == null ? "" : choice.name();
    }
}
