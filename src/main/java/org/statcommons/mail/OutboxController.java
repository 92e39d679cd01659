package org.statcommons.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** /admin/outbox: administrators see every message, read held ones, and send failed ones again. */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final Permissions permissions;
    private final OutboxMessages messages;
    private final RetryMessage retryMessage;
    private final SmtpRelay relay;

    OutboxController(Permissions permissions, OutboxMessages messages, RetryMessage retryMessage, SmtpRelay relay) {
        this.permissions = permissions;
        this.messages = messages;
        this.retryMessage = retryMessage;
        this.relay = relay;
    }

    @GetMapping("/admin/outbox")
    String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        long total = messages.count();
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), lastPage);
        model.addAttribute("messages", messages.page(shown, PAGE_SIZE));
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("total", total);
        model.addAttribute("relayConfigured", relay.configured());
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute(
                "message",
                messages.find(id)
                        .orElseThrow(
                                () -> new NotFoundException(Text.of("mail.message.not-found", Long.toString(id)))));
        model.addAttribute("relayConfigured", relay.configured());
        return "mail/outbox-message";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        retryMessage.retry(actor, id);
        redirect.addFlashAttribute("notice", Text.of("mail.message.requeued", Long.toString(id)));
        return "redirect:/admin/outbox/" + id;
    }
}
