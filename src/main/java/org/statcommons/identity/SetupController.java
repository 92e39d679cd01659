package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.platform.web.ShowFormOnError;

/** The one-time set-up page that creates the first administrator. */
@Controller
class SetupController {

    private final LinkTokens links;
    private final CreateFirstAdministrator createAdministrator;
    private final SessionStarter sessions;

    SetupController(LinkTokens links, CreateFirstAdministrator createAdministrator, SessionStarter sessions) {
        this.links = links;
        this.createAdministrator = createAdministrator;
        this.sessions = sessions;
    }

    /** The form: blank, or as typed when refused; a link that cannot be used is 410. */
    @GetMapping("/setup/{secret}")
    String form(@PathVariable String secret, @ModelAttribute("form") AccountForm form, Model model) {
        links.usable(LinkTokens.Purpose.SETUP, secret);
        model.addAttribute("form", form.typed() ? form : AccountForm.blank());
        model.addAttribute("action", "/setup/" + secret);
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    @ShowFormOnError("form")
    String create(
            @PathVariable String secret,
            @ModelAttribute("form") AccountForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        sessions.start(createAdministrator.create(secret, form.newAccount()), request, response);
        return "redirect:/?welcome";
    }
}
