package org.statcommons.notifications;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * The unsubscribe link of every notification e-mail (RFC 8058). A mail client POSTs to it with no session and
 * no CSRF token ("List-Unsubscribe=One-Click"), so identity exempts exactly this path from the CSRF check; the
 * signed token is the proof. A person who opens the link in a browser gets a page with a button instead, since
 * a GET must change nothing (mail scanners open links).
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;
    private final Communities communities;

    UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences, Communities communities) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.communities = communities;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        UnsubscribeTokens.Scope scope = scope(token);
        model.addAttribute("done", false);
        model.addAttribute("token", token);
        model.addAttribute("question", scope.everyCommunity()
                ? "Stop all notification e-mails from StatCommons, from every community?"
                : "Stop notification e-mails from " + communityName(scope) + "?");
        return "notifications/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        UnsubscribeTokens.Scope scope = scope(token);
        if (scope.everyCommunity()) {
            preferences.allOff(scope.accountId());
        } else {
            preferences.setFor(scope.accountId(), scope.communityId(), Choice.OFF);
        }
        model.addAttribute("done", true);
        model.addAttribute("what", scope.everyCommunity() ? "Notification e-mails are off for every community."
                : "Notifications from " + communityName(scope) + " are off.");
        return "notifications/unsubscribe";
    }

    private UnsubscribeTokens.Scope scope(String token) {
        return tokens.read(token).orElseThrow(() -> new NotFoundException(
                "This unsubscribe link is not valid. Change your choices on your account's notifications page."));
    }

    private String communityName(UnsubscribeTokens.Scope scope) {
        return communities.byId(scope.communityId()).map(Community::name).orElse("this community");
    }
}
