package org.statcommons.identity;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Personal access tokens in the browser: create (the secret is shown once), list, revoke. */
@Controller
class AccessTokenController {

    private final AccessTokens tokens;
    private final CreateAccessToken createToken;
    private final RevokeAccessToken revokeToken;
    private final Clock clock;

    AccessTokenController(
            AccessTokens tokens, CreateAccessToken createToken, RevokeAccessToken revokeToken, Clock clock) {
        this.tokens = tokens;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
        this.clock = clock;
    }

    /** The person's tokens and the form for a new one: blank, or as typed when refused. */
    @GetMapping("/account/tokens")
    String list(Actor actor, @ModelAttribute("form") TokenForm form, Model model) {
        model.addAttribute("tokens", tokens.of(signedIn(actor)));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form.typed() ? form : TokenForm.blank());
        model.addAttribute("allScopes", TokenScope.values());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    @ShowFormOnError("list")
    String create(Actor actor, @ModelAttribute("form") TokenForm form, Model model) {
        long accountId = signedIn(actor);
        CreateAccessToken.Created created = createToken.create(accountId, form.command(clock.instant()));
        // rendered, not redirected: the secret must not travel through the session or the browser history
        model.addAttribute("created", created);
        return list(actor, TokenForm.blank(), model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        boolean revoked = revokeToken.revoke(signedIn(actor), id);
        redirect.addFlashAttribute(
                "notice",
                revoked
                        ? Text.of("identity.tokens.notice.revoked")
                        : Text.of("identity.tokens.notice.already-revoked"));
        return "redirect:/account/tokens";
    }

    private static long signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return actor.accountId();
    }
}
