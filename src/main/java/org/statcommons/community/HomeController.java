package org.statcommons.community;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;

/**
 * The home page. For administrators it lists the first steps of a new server — create a community, invite people,
 * set the mail relay — each a link, ticked once done, until all are; for a member, their communities.
 */
@Controller
class HomeController {

    private final Permissions permissions;
    private final Communities communities;
    private final Invitations invitations;
    private final Memberships memberships;
    private final Accounts accounts;
    private final Outbox outbox;

    HomeController(
            Permissions permissions,
            Communities communities,
            Invitations invitations,
            Memberships memberships,
            Accounts accounts,
            Outbox outbox) {
        this.permissions = permissions;
        this.communities = communities;
        this.invitations = invitations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("mayCreateCommunity", permissions.may(actor, Action.CREATE_COMMUNITY));
        if (permissions.may(actor, Action.MANAGE_PLATFORM)) {
            List<NextStep> steps = nextSteps();
            model.addAttribute("nextSteps", steps.stream().allMatch(NextStep::done) ? List.of() : steps);
        }
        if (actor.signedIn()) {
            model.addAttribute(
                    "mine",
                    memberships.ofAccount(actor.accountId()).stream()
                            .map(m -> communities.byId(m.communityId()))
                            .flatMap(Optional::stream)
                            .toList());
        }
        return "community/home";
    }

    private List<NextStep> nextSteps() {
        boolean relay = outbox.relayConfigured();
        return List.of(
                new NextStep(
                        "Create a community",
                        "/communities/new",
                        communities.any(),
                        "Its name, purpose and how people join; you become its secretariat."),
                new NextStep(
                        "Invite people",
                        "/people/invite",
                        accounts.count() > 1 || invitations.any(),
                        "To StatCommons here, or to a community from its Invitations tab."),
                new NextStep(
                        "Set the mail relay",
                        "/admin/outbox",
                        relay,
                        relay
                                ? ""
                                : "Until then, e-mails (invitations "
                                        + "too) wait in the outbox, where you can read and forward them. Set SPRING_MAIL_HOST and restart; "
                                        + "see docs/configuration.md."));
    }
}
