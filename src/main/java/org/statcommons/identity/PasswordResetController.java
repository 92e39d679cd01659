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
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;

/** "Forgot your password?": ask for a link, then choose a new password with it. */
@Controller
class PasswordResetController {

    static final String SAME_ANSWER_FOR_EVERY_ADDRESS = "If an account uses this address, we sent it a link to choose "
            + "a new password. The link works once, for one hour.";

    private final PasswordReset reset;
    private final SessionSignIn sessionSignIn;

    PasswordResetController(PasswordReset reset, SessionSignIn sessionSignIn) {
        this.reset = reset;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("email", "");
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        try {
            reset.request(EmailAddress.parse("email", email));
        } catch (InvalidInputException e) {
            // a malformed address says nothing about who has an account
            response.setStatus(400);
            model.addAttribute("email", email);
            model.addAttribute("errors", e.byField());
            return "identity/password-reset";
        }
        model.addAttribute("heading", "Check your e-mail");
        model.addAttribute("text", SAME_ANSWER_FOR_EVERY_ADDRESS);
        return "identity/check-email";
    }

    @GetMapping("/password-reset/{secret}")
    String newPasswordForm(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (!reset.usable(secret)) {
            return LinkRefusal.page(model, response, "This password-reset link cannot be used",
                    reset.refusal(secret) + " You can ask for a new link on the sign-in page.");
        }
        model.addAttribute("action", "/password-reset/" + secret);
        return "identity/new-password";
    }

    @PostMapping("/password-reset/{secret}")
    String setPassword(@PathVariable String secret, @RequestParam(defaultValue = "") String password, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        try {
            Account account = reset.complete(secret, password);
            sessionSignIn.signIn(account, request, response);
            return "redirect:/account?password-changed";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("action", "/password-reset/" + secret);
            model.addAttribute("errors", e.byField());
            return "identity/new-password";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "This password-reset link cannot be used",
                    e.getMessage() + " You can ask for a new link on the sign-in page.");
        }
    }
}
