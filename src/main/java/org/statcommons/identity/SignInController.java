package org.statcommons.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.platform.Text;

/** The sign-in form (Spring Security reads what it sends; see {@link WebSecurityConfiguration}). */
@Controller
class SignInController {

    private final IdentitySettings settings;
    private final SignUp signUp;
    private final SignInProviders providers;

    SignInController(IdentitySettings settings, SignUp signUp, SignInProviders providers) {
        this.settings = settings;
        this.signUp = signUp;
        this.providers = providers;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String ended,
            @RequestParam(name = SignInResponder.CONTINUE, required = false) String continueTo,
            HttpSession session,
            Model model) {
        if (error != null) {
            Object message = session.getAttribute(SignInResponder.MESSAGE);
            // a Text, shown in the reader's language by the template
            model.addAttribute(
                    "error", message != null ? message : PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE);
            model.addAttribute("email", session.getAttribute(SignInResponder.TYPED_EMAIL));
            model.addAttribute("unverified", session.getAttribute(SignInResponder.UNVERIFIED_ACCOUNT) != null);
            session.removeAttribute(SignInResponder.MESSAGE);
        }
        String target = LocalPath.orHome(continueTo);
        model.addAttribute("continueTo", LocalPath.HOME.equals(target) ? null : target);
        model.addAttribute("ended", ended != null);
        model.addAttribute("openSignUp", settings.signUpPolicy() == SignUpPolicy.OPEN);
        model.addAttribute("providers", providers.listed());
        return "sign-in";
    }

    /** After a right password for an unconfirmed address; the account is the one remembered by this session. */
    @PostMapping("/sign-in/resend-verification")
    String resendVerification(HttpSession session, Model model) {
        Object accountId = session.getAttribute(SignInResponder.UNVERIFIED_ACCOUNT);
        session.removeAttribute(SignInResponder.UNVERIFIED_ACCOUNT);
        if (accountId instanceof Long id) {
            signUp.resendVerification(id);
        }
        model.addAttribute("heading", Text.of("identity.check-email.heading"));
        model.addAttribute("text", Text.of("identity.check-email.resent"));
        return "identity/check-email";
    }
}
