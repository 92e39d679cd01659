package org.statcommons.community;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Invites many people at once: the secretariat pastes addresses or uploads a CSV file, sees every row that will be
 * invited and every problem by line, mends the list in place, and sends only a clean list.
 */
@Controller
@CommunityTab("invitations")
class BulkInvitationController {

    private final InvitationListReader reader;
    private final InviteMany inviteMany;
    private final Clock clock;

    BulkInvitationController(InvitationListReader reader, InviteMany inviteMany, Clock clock) {
        this.reader = reader;
        this.inviteMany = inviteMany;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/invitations/bulk")
    String form(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @ModelAttribute("form") BulkInvitationForm form,
            Model model) {
        model.addAttribute("form", form.typed() ? form : BulkInvitationForm.blank());
        model.addAttribute("roles", CommunityRole.values());
        model.addAttribute("maxRows", InvitationListReader.MAX_ROWS);
        return "community/invitations-bulk";
    }

    /**
     * Checks the list and shows it (400 while it has problems); with {@code send}, and a list that was shown clean
     * (not a file just chosen), sends it.
     */
    @PostMapping("/c/{slug}/invitations/bulk")
    @ShowFormOnError("form")
    String check(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @ModelAttribute("form") BulkInvitationForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "send", required = false) String send,
            Actor actor,
            TimePresenter times,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        byte[] uploaded = file == null || file.isEmpty() ? null : bytes(file);
        BulkInvitation bulk = form.command(reader, uploaded, LocalDate.now(clock));
        InvitationList list = inviteMany.check(actor, community, bulk, times);
        if (send != null && uploaded == null && list.clean()) {
            int sent = inviteMany.invite(actor, community, bulk, times);
            redirect.addFlashAttribute("notice", Text.of("community.notice.bulk-sent", sent));
            return "redirect:" + CommunityAddress.invitations(community.slug());
        }
        if (!list.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("form", form.withAddresses(list.text()));
        model.addAttribute("list", list);
        model.addAttribute("roles", CommunityRole.values());
        model.addAttribute("maxRows", InvitationListReader.MAX_ROWS);
        return "community/invitations-bulk";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
