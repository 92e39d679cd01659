package org.statcommons.drives;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** The secretariat's screens of drives: the list and a new drive, and one drive's details and applications. */
@Controller
@CommunityTab("drives")
class DriveController {

    private final Drives drives;
    private final Applications applications;
    private final CreateDrive createDrive;
    private final EditDrive editDrive;
    private final DecideApplications decideApplications;

    DriveController(
            Drives drives,
            Applications applications,
            CreateDrive createDrive,
            EditDrive editDrive,
            DecideApplications decideApplications) {
        this.drives = drives;
        this.applications = applications;
        this.createDrive = createDrive;
        this.editDrive = editDrive;
        this.decideApplications = decideApplications;
    }

    @GetMapping("/c/{slug}/drives")
    String list(
            @Permitted(Action.MANAGE_DRIVES) Community community, @ModelAttribute("form") DriveForm form, Model model) {
        model.addAttribute("drives", drives.of(community.id()));
        model.addAttribute("form", form.typed() ? form : DriveForm.blank());
        return "drives/list";
    }

    @PostMapping("/c/{slug}/drives")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @ModelAttribute("form") DriveForm form,
            Actor actor,
            RedirectAttributes redirect) {
        long id = createDrive.create(actor, community, form.command());
        redirect.addFlashAttribute("notice", Text.of("drives.notice.created"));
        return "redirect:" + DriveAddress.manage(community.slug(), id);
    }

    @GetMapping("/c/{slug}/drives/{id}/manage")
    String manage(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DriveForm form,
            Model model) {
        Drive drive = drives.inCommunity(community, id);
        model.addAttribute("drive", drive);
        model.addAttribute("form", form.typed() ? form : DriveForm.of(drive));
        model.addAttribute("applications", applications.of(drive.id()));
        return "drives/manage";
    }

    @PostMapping("/c/{slug}/drives/{id}/edit")
    @ShowFormOnError("manage")
    String edit(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DriveForm form,
            Actor actor,
            RedirectAttributes redirect) {
        editDrive.edit(actor, community, id, form.command());
        redirect.addFlashAttribute("notice", Text.of("drives.notice.saved"));
        return "redirect:" + DriveAddress.manage(community.slug(), id);
    }

    /**
     * One form for both ways of deciding: a row's own button sends {@code decide=APPROVE-12}, the buttons under the
     * list send {@code decide=APPROVE} for every application ticked ({@code application}).
     */
    @PostMapping("/c/{slug}/drives/{id}/decisions")
    @ShowFormOnError("manage")
    String decide(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @RequestParam(name = "decide", required = false) String decide,
            @RequestParam(name = "application", required = false) List<String> ticked,
            Actor actor,
            RedirectAttributes redirect) {
        String choice = decide == null ? "" : decide.strip();
        List<Long> chosen = new ArrayList<>();
        int dash = choice.indexOf('-');
        if (dash > 0) {
            chosen.add(number(choice.substring(dash + 1)));
            choice = choice.substring(0, dash);
        } else if (ticked != null) {
            ticked.forEach(typed -> chosen.add(number(typed)));
        }
        if (!choice.equals("APPROVE") && !choice.equals("DECLINE")) {
            throw new InvalidInputException("decide", Text.of("drives.decide.choose"));
        }
        boolean approve = choice.equals("APPROVE");
        int decided = decideApplications.decide(actor, community, id, chosen, approve);
        redirect.addFlashAttribute(
                "notice", Text.of(approve ? "drives.notice.approved" : "drives.notice.declined", decided));
        return "redirect:" + DriveAddress.manage(community.slug(), id);
    }

    private static long number(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("application", Text.of("drives.application.not-found"));
        }
    }
}
