package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Open registration and the confirmation link it e-mails. */
@Controller
class SignUpController {

    static final Text CHECK_EMAIL = Text.of("identity.check-email.sign-up");

    private final IdentitySettings settings;
    private final SignUp signUp;
    private final VerifyEmail verifyEmail;
    private final SessionStarter sessions;
    private final LinkTokens links;

    SignUpController(
            IdentitySettings settings,
            SignUp signUp,
            VerifyEmail verifyEmail,
            SessionStarter sessions,
            LinkTokens links) {
        this.settings = settings;
        this.signUp = signUp;
        this.verifyEmail = verifyEmail;
        this.sessions = sessions;
        this.links = links;
    }

    /** The sign-up form: blank, or as typed when refused; the page that says so when sign-up is by invitation only. */
    @GetMapping("/sign-up")
    String form(@ModelAttribute("form") AccountForm form, Model model) {
        if (!open()) {
            return "identity/sign-up-closed";
        }
        model.addAttribute("form", form.typed() ? form : AccountForm.blank());
        return "identity/sign-up";
    }

    /** Whatever the address, the same answer; a refused form comes back with what was typed. */
    @PostMapping("/sign-up")
    @ShowFormOnError("form")
    String signUp(@ModelAttribute("form") AccountForm form, Model model, HttpServletResponse response) {
        if (!open()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "identity/sign-up-closed";
        }
        signUp.signUp(form.newAccount());
        model.addAttribute("heading", Text.of("identity.check-email.heading"));
        model.addAttribute("text", CHECK_EMAIL);
        return "identity/check-email";
    }

    /** A page with a button, not an action: mail scanners that open links must not use them up. */
    @GetMapping("/sign-up/verify/{secret}")
    String confirmPage(@PathVariable String secret, Model model) {
        links.usable(LinkTokens.Purpose.VERIFY_EMAIL, secret);
        model.addAttribute("heading", Text.of("identity.confirm-email.heading"));
        model.addAttribute("button", Text.of("identity.confirm-email.button"));
        model.addAttribute("action", "/sign-up/verify/" + secret);
        return "identity/confirm-link";
    }

    @PostMapping("/sign-up/verify/{secret}")
    String verify(@PathVariable String secret, HttpServletRequest request, HttpServletResponse response) {
        sessions.start(verifyEmail.verify(secret), request, response);
        return "redirect:/?welcome";
    }

    private boolean open() {
        return settings.signUpPolicy() == SignUpPolicy.OPEN;
    }
}
