package org.statcommons.notifications;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;

/**
 * The unsubscribe link of every notification e-mail (RFC 8058). A mail client POSTs to it with no session and
 * no CSRF token ("List-Unsubscribe=One-Click"), so identity exempts exactly this path from the CSRF check; the
 * signed token is the proof. A person who opens the link in a browser gets a screen with a button instead, since
 * a GET must change nothing (mail scanners open links).
 */
@Controller
class UnsubscribeController {

    private final Unsubscribe unsubscribe;
    private final Communities communities;

    UnsubscribeController(Unsubscribe unsubscribe, Communities communities) {
        this.unsubscribe = unsubscribe;
        this.communities = communities;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        UnsubscribeTokenSigner.Scope scope = unsubscribe.scope(token);
        model.addAttribute("done", false);
        model.addAttribute("token", token);
        model.addAttribute(
                "question",
                scope.everyCommunity()
                        ? Text.of("notifications.unsubscribe.question.all")
                        : communityName(scope)
                                .map(name -> Text.of("notifications.unsubscribe.question", name))
                                .orElse(Text.of("notifications.unsubscribe.question.this")));
        return "notifications/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        UnsubscribeTokenSigner.Scope scope = unsubscribe.unsubscribe(token);
        model.addAttribute("done", true);
        model.addAttribute(
                "what",
                scope.everyCommunity()
                        ? Text.of("notifications.unsubscribe.off.all")
                        : communityName(scope)
                                .map(name -> Text.of("notifications.unsubscribe.off", name))
                                .orElse(Text.of("notifications.unsubscribe.off.this")));
        return "notifications/unsubscribe";
    }

    private Optional<String> communityName(UnsubscribeTokenSigner.Scope scope) {
        return communities.byId(scope.communityId()).map(Community::name);
    }
}
