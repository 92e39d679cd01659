package org.statcommons.identity;

import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** People's profiles, visible to everyone signed in (never the e-mail address), with other features' sections. */
@Controller
class PeopleController {

    private final Permissions permissions;
    private final Accounts accounts;
    private final ObjectProvider<ProfileContent> contents;

    PeopleController(Permissions permissions, Accounts accounts, ObjectProvider<ProfileContent> contents) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.contents = contents;
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
        model.addAttribute(
                "sections",
                contents.stream()
                        .flatMap(content -> content.section(actor, person).stream())
                        .sorted(Comparator.comparingInt(ProfileSection::order))
                        .toList());
        return "identity/person";
    }
}
