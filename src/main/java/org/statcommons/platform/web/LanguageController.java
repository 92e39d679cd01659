package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The language switcher's links: {@code /language/ar?back=/c/asia}. Sets the cookie and returns to the page the
 * link was on. A plain GET, so that it works from any page without JavaScript, without an account and without
 * a form's CSRF token; it changes nothing but the reader's own choice of language.
 */
@Controller
class LanguageController {

    static final String PATH = "/language";

    private final LanguageResolver resolver;

    LanguageController(LanguageResolver resolver) {
        this.resolver = resolver;
    }

    @GetMapping(PATH + "/{code}")
    RedirectView choose(
            @PathVariable String code,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = Language.ofCode(code)
                .orElseThrow(() -> new InvalidInputException("code", Text.of("platform.language.unknown")));
        resolver.setLocale(request, response, language.locale());
        RedirectView redirect = new RedirectView(LocalAddress.orHome(back), true);
        // the address is the reader's own, already encoded: taken as it is, "{…}" in it is no template variable
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }
}
