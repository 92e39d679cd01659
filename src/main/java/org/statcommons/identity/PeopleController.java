package org.statcommons.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** People's profiles, visible to everyone signed in (never the e-mail address). */
@Controller
class PeopleController {

    private final Permissions permissions;
    private final Accounts accounts;

    PeopleController(Permissions permissions, Accounts accounts) {
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @GetMapping("/people/{id}")
    String profile(Actor actor, @PathVariable long id, Model model) {
        permissions.require(actor, Action.VIEW_PROFILES);
        // a suspended account's profile is hidden from everyone but the administrators
        Account person = accounts.byId(id)
                .filter(a -> a.active() || permissions.may(actor, Action.MANAGE_PLATFORM))
                .orElseThrow(() -> new NotFoundException(Text.of("identity.person.none")));
        model.addAttribute("person", person);
        model.addAttribute("mayManage", permissions.may(actor, Action.MANAGE_PLATFORM));
        return "identity/person";
    }
}
