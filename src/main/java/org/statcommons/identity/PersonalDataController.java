package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A person's rights over their data (docs/identity.md "Your personal data", "Closing an account"): downloading it as
 * JSON and closing their account, on the account screens for themselves and on an account's administration screen for
 * an administrator acting on the person's request. Reached in a browser session only: an access token never acts as a
 * session ({@code AccessTokenFilter}), so no token downloads anyone's data or closes an account.
 */
@Controller
class PersonalDataController {

    private final Permissions permissions;
    private final Accounts accounts;
    private final DownloadPersonalData download;
    private final CloseAccount closeAccount;
    private final AccountAuditEntries audit;
    private final List<ClosingContent> closingContent;

    PersonalDataController(
            Permissions permissions,
            Accounts accounts,
            DownloadPersonalData download,
            CloseAccount closeAccount,
            AccountAuditEntries audit,
            List<ClosingContent> closingContent) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.download = download;
        this.closeAccount = closeAccount;
        this.audit = audit;
        this.closingContent = closingContent;
    }

    @GetMapping("/account/personal-data.json")
    void downloadOwn(Actor actor, HttpServletResponse response) throws IOException {
        permissions.require(actor, Action.DOWNLOAD_OWN_DATA);
        attachment(response, actor.accountId());
        download.own(actor, response.getOutputStream());
    }

    @GetMapping("/account/close")
    String closeForm(Actor actor, @ModelAttribute("closing") AccountClosingRequest closing, Model model) {
        permissions.require(actor, Action.CLOSE_OWN_ACCOUNT);
        Account account = accounts.existing(actor.accountId());
        model.addAttribute("account", account);
        model.addAttribute("hasPassword", accounts.passwordHash(account.id()).isPresent());
        model.addAttribute("consequences", consequences(account.id()));
        model.addAttribute("closing", closing.typed() ? closing : AccountClosingRequest.blank());
        return "identity/close-account";
    }

    /** Closed: this session ends here (every other one at its next request) and the person is told so. */
    @PostMapping("/account/close")
    @ShowFormOnError("closeForm")
    String close(
            Actor actor,
            @ModelAttribute("closing") AccountClosingRequest closing,
            HttpServletRequest request,
            HttpServletResponse response) {
        closeAccount.own(actor, closing);
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/account-closed";
    }

    @GetMapping("/account-closed")
    String closed() {
        return "identity/account-closed";
    }

    @GetMapping("/admin/accounts/{id}/personal-data.json")
    void downloadOnRequest(Actor actor, @PathVariable long id, HttpServletResponse response) throws IOException {
        permissions.require(actor, Action.ACT_ON_PERSONAL_DATA_REQUESTS);
        accounts.existing(id);
        attachment(response, id);
        download.onRequest(actor, id, response.getOutputStream());
    }

    /** The account's administration screen's part about personal data: the audit, and the close form. */
    @GetMapping("/admin/accounts/{id}/personal-data")
    String onRequest(
            Actor actor, @PathVariable long id, @ModelAttribute("closing") AccountClosingRequest closing, Model model) {
        permissions.require(actor, Action.ACT_ON_PERSONAL_DATA_REQUESTS);
        Account account = accounts.existing(id);
        model.addAttribute("account", account);
        model.addAttribute("closedAt", accounts.closedAt(id).orElse(null));
        model.addAttribute("entries", audit.of(id));
        model.addAttribute("consequences", consequences(id));
        model.addAttribute("closing", closing.typed() ? closing : AccountClosingRequest.blank());
        return "identity/admin-personal-data";
    }

    @PostMapping("/admin/accounts/{id}/close")
    @ShowFormOnError("onRequest")
    String closeOnRequest(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("closing") AccountClosingRequest closing,
            RedirectAttributes redirect) {
        closeAccount.onRequest(actor, id, closing);
        redirect.addFlashAttribute("notice", Text.of("identity.close.notice.closed"));
        return "redirect:/admin/accounts/" + id + "/personal-data";
    }

    private List<Text> consequences(long personId) {
        return closingContent.stream()
                .flatMap(content -> content.consequences(personId).stream())
                .toList();
    }

    private static void attachment(HttpServletResponse response, long accountId) {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("personal-data-" + accountId + ".json")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
