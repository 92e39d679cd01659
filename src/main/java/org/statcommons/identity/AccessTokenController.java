package org.statcommons.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.InvalidInputException;

/** Personal access tokens in the browser: create (the secret is shown once), list, revoke. */
@Controller
class AccessTokenController {

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Actor actor, Model model) {
        return show(model, signedIn(actor), "", Set.of(TokenScope.READ), "", Map.of());
    }

    @PostMapping("/account/tokens")
    String create(Actor actor, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "") String expires,
                  Model model, HttpServletResponse response) {
        long accountId = signedIn(actor);
        Set<TokenScope> chosen = EnumSet.noneOf(TokenScope.class);
        try {
            chosen = scopes(scopes);
            AccessTokens.Created created = tokens.create(accountId, name, chosen, endOfDay(expires));
            // rendered, not redirected: the secret must not travel through the session or the browser history
            model.addAttribute("created", created);
            return show(model, accountId, "", Set.of(TokenScope.READ), "", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return show(model, accountId, name, chosen, expires, e.byField());
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        long accountId = signedIn(actor);
        boolean revoked = tokens.revoke(accountId, id);
        redirect.addFlashAttribute("notice", revoked ? "The token is revoked; it no longer works." : "That token was already revoked.");
        return "redirect:/account/tokens";
    }

    static Set<TokenScope> scopes(List<String> typed) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String scope : typed == null ? List.<String>of() : typed) {
            try {
                scopes.add(TokenScope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("scopes", "Choose scopes from the list: read, write, git.");
            }
        }
        return scopes;
    }

    /** A typed expiry day (yyyy-mm-dd) means "until the end of that day, UTC"; empty means "no expiry". */
    static Instant endOfDay(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "Give the expiry date as year-month-day, for example 2027-01-31.");
        }
    }

    private String show(Model model, long accountId, String name, Set<TokenScope> scopes, String expires, Map<String, String> errors) {
        model.addAttribute("tokens", tokens.of(accountId));
        model.addAttribute("now", Instant.now());
        model.addAttribute("name", name);
        model.addAttribute("scopes", scopes);
        model.addAttribute("allScopes", TokenScope.values());
        model.addAttribute("expires", expires);
        model.addAttribute("errors", errors);
        return "identity/tokens";
    }

    private static long signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return actor.accountId();
    }
}
