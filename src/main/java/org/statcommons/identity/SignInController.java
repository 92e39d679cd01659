package org.statcommons.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final SignUpPolicy signUpPolicy;

    SignInController(SignUpPolicy signUpPolicy) {
        this.signUpPolicy = signUpPolicy;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String ended,
                  HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", failure instanceof AuthenticationException e ? e.getMessage()
                    : PasswordSignIn.SAME_MESSAGE_FOR_EVERY_FAILURE);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        model.addAttribute("ended", ended != null);
        model.addAttribute("openSignUp", signUpPolicy.open());
        return "sign-in";
    }
}
