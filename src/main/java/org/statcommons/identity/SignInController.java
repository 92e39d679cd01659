package org.statcommons.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final SignUpPolicy signUpPolicy;
    private final OpenSignUp openSignUp;

    SignInController(SignUpPolicy signUpPolicy, OpenSignUp openSignUp) {
        this.signUpPolicy = signUpPolicy;
        this.openSignUp = openSignUp;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String ended,
                  @RequestParam(name = SignInOutcomes.CONTINUE, required = false) String continueTo,
                  HttpSession session, Model model) {
        if (error != null) {
            Object message = session.getAttribute(SignInOutcomes.MESSAGE);
            model.addAttribute("error", message != null ? message : PasswordSignIn.SAME_MESSAGE_FOR_EVERY_FAILURE);
            model.addAttribute("email", session.getAttribute(SignInOutcomes.TYPED_EMAIL));
            model.addAttribute("unverified", session.getAttribute(SignInOutcomes.UNVERIFIED_ACCOUNT) != null);
            session.removeAttribute(SignInOutcomes.MESSAGE);
        }
        String target = LocalPath.orHome(continueTo);
        model.addAttribute("continueTo", LocalPath.HOME.equals(target) ? null : target);
        model.addAttribute("ended", ended != null);
        model.addAttribute("openSignUp", signUpPolicy.open());
        return "sign-in";
    }

    /** After a right password for an unconfirmed address; the account is the one remembered by this session. */
    @PostMapping("/sign-in/resend-verification")
    String resendVerification(HttpSession session, Model model) {
        Object accountId = session.getAttribute(SignInOutcomes.UNVERIFIED_ACCOUNT);
        session.removeAttribute(SignInOutcomes.UNVERIFIED_ACCOUNT);
        if (accountId instanceof Long id) {
            openSignUp.resendVerification(id);
        }
        model.addAttribute("heading", "Check your e-mail");
        model.addAttribute("text", "We sent a new confirmation link to your address. It works for 24 hours.");
        return "identity/check-email";
    }
}
