package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/** The one-time set-up page that creates the first administrator. */
@Controller
class SetupController {

    private final LinkTokens links;
    private final CreateFirstAdministrator createAdministrator;
    private final SessionSignIn sessionSignIn;

    SetupController(LinkTokens links, CreateFirstAdministrator createAdministrator, SessionSignIn sessionSignIn) {
        this.links = links;
        this.createAdministrator = createAdministrator;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/setup/{secret}")
    String form(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (links.peek(LinkTokens.Purpose.SETUP, secret).isEmpty()) {
            return LinkRefusal.page(model, response, "Set-up link not valid", links.refusal(LinkTokens.Purpose.SETUP, secret));
        }
        model.addAttribute("form", new AccountForm());
        model.addAttribute("action", "/setup/" + secret);
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    String create(@PathVariable String secret, AccountForm form, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            Account admin = createAdministrator.create(secret, form);
            sessionSignIn.signIn(admin, request, response);
            return "redirect:/?welcome";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("action", "/setup/" + secret);
            model.addAttribute("errors", e.byField());
            return "identity/setup";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "Set-up link not valid", e.getMessage());
        }
    }
}
