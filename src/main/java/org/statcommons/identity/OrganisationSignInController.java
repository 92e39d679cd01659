package org.statcommons.identity;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The "Sign in with …" buttons: reads the provider first, so that one that is down or mistyped is a message on the
 * sign-in page rather than an error page, then hands over to Spring Security's redirect to the provider.
 */
@Controller
class OrganisationSignInController {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSignInController.class);

    private final SignInProviders providers;

    OrganisationSignInController(SignInProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/sign-in/with/{provider}")
    String start(
            @PathVariable String provider,
            @RequestParam(name = SignInResponder.CONTINUE, required = false) String continueTo,
            HttpSession session) {
        String name = providers
                .name(provider)
                .orElseThrow(() -> new NotFoundException(Text.of("identity.organisation-sign-in.unknown")));
        try {
            providers.registration(provider);
        } catch (SignInProviders.ProviderUnavailableException e) {
            LOG.warn(e.getMessage());
            session.setAttribute(SignInResponder.MESSAGE, Text.of("identity.organisation-sign-in.unavailable", name));
            String page = SignInResponder.signInPage(continueTo);
            return "redirect:" + page + (page.contains("?") ? "&" : "?") + "error";
        }
        session.setAttribute(OrganisationSignInResponder.CONTINUE_AFTER, LocalPath.orHome(continueTo));
        return "redirect:/oauth2/authorization/" + provider;
    }
}
