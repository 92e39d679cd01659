package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

@Controller
class HomeController {

    private final Permissions permissions;

    HomeController(Permissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("mayCreateCommunity", permissions.may(actor, Action.CREATE_COMMUNITY));
        return "community/home";
    }
}
