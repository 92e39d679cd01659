package org.statcommons.identity;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;

/** The one-time set-up page that creates the first administrator. */
@Controller
class SetupController {

    private final LinkTokens links;
    private final AccountRegistration registration;
    private final SessionSignIn sessionSignIn;
    private final TransactionTemplate transaction;
    private final JdbcClient db;

    SetupController(LinkTokens links, AccountRegistration registration, SessionSignIn sessionSignIn,
                    TransactionTemplate transaction, JdbcClient db) {
        this.links = links;
        this.registration = registration;
        this.sessionSignIn = sessionSignIn;
        this.transaction = transaction;
        this.db = db;
    }

    @GetMapping("/setup/{secret}")
    String form(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (links.peek(LinkTokens.Purpose.SETUP, secret).isEmpty()) {
            return LinkRefusal.page(model, response, "Set-up link not valid", links.refusal(LinkTokens.Purpose.SETUP, secret));
        }
        model.addAttribute("form", new AccountForm());
        model.addAttribute("action", "/setup/" + secret);
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    String create(@PathVariable String secret, AccountForm form, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            Account admin = transaction.execute(status -> {
                // serialises two set-up attempts at once; the second finds accounts and stops
                db.sql("select pg_advisory_xact_lock(hashtext('statcommons-setup'))").query(Object.class).single();
                links.use(LinkTokens.Purpose.SETUP, secret);
                EmailAddress email = EmailAddress.parse("email", form.getEmail());
                return registration.createVerified(email, form.newAccount(), PlatformRole.ADMINISTRATOR);
            });
            sessionSignIn.signIn(admin, request, response);
            return "redirect:/?welcome";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("action", "/setup/" + secret);
            model.addAttribute("errors", e.byField());
            return "identity/setup";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "Set-up link not valid", e.getMessage());
        }
    }

}
