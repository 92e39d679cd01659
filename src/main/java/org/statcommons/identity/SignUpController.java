package org.statcommons.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/** Open registration and the confirmation link it e-mails. */
@Controller
class SignUpController {

    static final String CHECK_EMAIL = "We sent a message to the address you gave. Open the link in it to confirm "
            + "your address and finish creating your account (the link works for 24 hours).";

    private final SignUpPolicy policy;
    private final OpenSignUp openSignUp;
    private final SessionSignIn sessionSignIn;
    private final LinkTokens links;

    SignUpController(SignUpPolicy policy, OpenSignUp openSignUp, SessionSignIn sessionSignIn, LinkTokens links) {
        this.links = links;
        this.policy = policy;
        this.openSignUp = openSignUp;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/sign-up")
    String form(Model model) {
        if (!policy.open()) {
            return "identity/sign-up-closed";
        }
        model.addAttribute("form", new AccountForm());
        return "identity/sign-up";
    }

    @PostMapping("/sign-up")
    String register(AccountForm form, Model model, HttpServletResponse response) {
        if (!policy.open()) {
            response.setStatus(403);
            return "identity/sign-up-closed";
        }
        try {
            openSignUp.register(form.newAccount());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("errors", e.byField());
            return "identity/sign-up";
        } catch (DuplicateKeyException e) {
            // someone created the same address a moment ago: the answer stays the same as for any address
        }
        model.addAttribute("heading", "Check your e-mail");
        model.addAttribute("text", CHECK_EMAIL);
        return "identity/check-email";
    }

    /** A page with a button, not an action: mail scanners that open links must not use them up. */
    @GetMapping("/sign-up/verify/{secret}")
    String confirmPage(@PathVariable String secret, Model model, HttpServletResponse response) {
        Optional<String> refusal = links.unusable(LinkTokens.Purpose.VERIFY_EMAIL, secret);
        if (refusal.isPresent()) {
            return LinkRefusal.page(model, response, "This confirmation link cannot be used", refusal.get());
        }
        model.addAttribute("heading", "Confirm your e-mail address");
        model.addAttribute("button", "Confirm my address");
        model.addAttribute("action", "/sign-up/verify/" + secret);
        return "identity/confirm-link";
    }

    @PostMapping("/sign-up/verify/{secret}")
    String verify(@PathVariable String secret, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            Account account = openSignUp.verify(secret);
            sessionSignIn.signIn(account, request, response);
            return "redirect:/?welcome";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "This confirmation link cannot be used", e.getMessage());
        }
    }
}
