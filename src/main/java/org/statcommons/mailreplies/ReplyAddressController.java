package org.statcommons.mailreplies;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.Text;

/**
 * A person stops every reply address they were sent (a notification forwarded, a mailbox read by others): a reply
 * to any of them bounces from then on; the next notification carries a new one. On the notification choices page.
 */
@Controller
class ReplyAddressController {

    private final ReplyAddresses addresses;

    ReplyAddressController(ReplyAddresses addresses) {
        this.addresses = addresses;
    }

    @PostMapping("/account/reply-addresses/revoke")
    String revoke(Actor actor, RedirectAttributes redirect) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        int revoked = addresses.revokeAll(actor.accountId());
        redirect.addFlashAttribute("notice", Text.of("mailreplies.revoked", revoked));
        return "redirect:/account/notifications";
    }
}
