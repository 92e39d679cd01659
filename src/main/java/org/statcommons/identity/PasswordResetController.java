package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** "Forgot your password?": ask for a link, then choose a new password with it. */
@Controller
class PasswordResetController {

    static final Text SAME_ANSWER_FOR_EVERY_ADDRESS = Text.of("identity.check-email.reset");

    private final ResetPassword resetPassword;
    private final LinkTokens links;
    private final SessionStarter sessions;

    PasswordResetController(ResetPassword resetPassword, LinkTokens links, SessionStarter sessions) {
        this.resetPassword = resetPassword;
        this.links = links;
        this.sessions = sessions;
    }

    /** The form asking for the address: empty, or as typed when refused. */
    @GetMapping("/password-reset")
    String form(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("email", email);
        return "identity/password-reset";
    }

    /** A malformed address is asked again; any other gets the same answer, so it says nothing about who has an account. */
    @PostMapping("/password-reset")
    @ShowFormOnError("form")
    String request(@RequestParam(defaultValue = "") String email, Model model) {
        resetPassword.request(EmailAddress.parse("email", email));
        model.addAttribute("heading", Text.of("identity.check-email.heading"));
        model.addAttribute("text", SAME_ANSWER_FOR_EVERY_ADDRESS);
        return "identity/check-email";
    }

    @GetMapping("/password-reset/{secret}")
    String newPasswordForm(@PathVariable String secret, Model model) {
        links.usable(LinkTokens.Purpose.RESET_PASSWORD, secret);
        model.addAttribute("action", "/password-reset/" + secret);
        return "identity/new-password";
    }

    /** A password that breaks the rules is asked again; the link stays usable until one is saved. */
    @PostMapping("/password-reset/{secret}")
    @ShowFormOnError("newPasswordForm")
    String setPassword(
            @PathVariable String secret,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        sessions.start(resetPassword.complete(secret, password), request, response);
        return "redirect:/account?password-changed";
    }
}
