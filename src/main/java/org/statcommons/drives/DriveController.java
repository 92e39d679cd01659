package org.statcommons.drives;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.meetings.MeetingSummary;
import org.statcommons.meetings.OccurrenceFinder;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The secretariat's screens of drives: the list and a new drive, and one drive's details, applications and invitations
 * to apply from a CSV file.
 */
@Controller
@CommunityTab("drives")
class DriveController {

    /** The problems and left-out rows of a file shown at most, so that the screen stays light; the rest are counted. */
    static final int SHOWN = 100;

    private final Drives drives;
    private final Applications applications;
    private final CreateDrive createDrive;
    private final EditDrive editDrive;
    private final DecideApplications decideApplications;
    private final InviteToApply inviteToApply;
    private final ChooseSession chooseSession;
    private final SessionCalendar sessions;
    private final OccurrenceFinder occurrences;
    private final Registrations registrations;
    private final DriveFiguresPresenter figures;
    private final Clock clock;

    DriveController(
            Drives drives,
            Applications applications,
            CreateDrive createDrive,
            EditDrive editDrive,
            DecideApplications decideApplications,
            InviteToApply inviteToApply,
            ChooseSession chooseSession,
            SessionCalendar sessions,
            OccurrenceFinder occurrences,
            Registrations registrations,
            DriveFiguresPresenter figures,
            Clock clock) {
        this.drives = drives;
        this.applications = applications;
        this.createDrive = createDrive;
        this.editDrive = editDrive;
        this.decideApplications = decideApplications;
        this.inviteToApply = inviteToApply;
        this.chooseSession = chooseSession;
        this.sessions = sessions;
        this.occurrences = occurrences;
        this.registrations = registrations;
        this.figures = figures;
        this.clock = clock;
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
        model.addAttribute("figures", figures.figures(drive));
        model.addAttribute("maxRows", InvitationFileReader.MAX_ROWS);
        Instant now = clock.instant();
        model.addAttribute(
                "infoSession",
                drive.sessionMeetingId() == null
                        ? null
                        : sessions.scheduled(community.id(), drive.sessionMeetingId())
                                .orElse(null));
        model.addAttribute(
                "registered",
                drive.sessionMeetingId() == null ? 0 : registrations.standing(drive.id(), drive.sessionMeetingId()));
        Map<Long, MeetingSummary> upcoming = new LinkedHashMap<>();
        for (MeetingSummary meeting : occurrences.between(community.id(), now, now.plus(Duration.ofDays(366)))) {
            upcoming.putIfAbsent(meeting.meetingId(), meeting);
        }
        model.addAttribute("meetings", upcoming.values());
        model.addAttribute("shown", SHOWN);
        return "drives/manage";
    }

    /**
     * Checks an uploaded CSV file and shows what it holds (400 while it has problems); with {@code send} and no
     * problem, invites everyone it leaves in. Both buttons upload the file: nothing of it is kept between requests.
     */
    @PostMapping("/c/{slug}/drives/{id}/invitations")
    @ShowFormOnError("manage")
    String invite(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "send", required = false) String send,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TextInput input = new TextInput();
        Language written = input.language("language", language);
        input.throwIfInvalid();
        byte[] bytes = file == null || file.isEmpty() ? new byte[0] : bytes(file);
        InviteToApply.Outcome outcome = inviteToApply.invite(actor, community, id, bytes, written, send != null);
        if (outcome.invited() > 0) {
            redirect.addFlashAttribute("notice", Text.of("drives.notice.invited", outcome.invited()));
            return "redirect:" + DriveAddress.manage(community.slug(), id);
        }
        if (!outcome.file().clean()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("outcome", outcome.file());
        return manage(community, id, new DriveForm(null, null, null, null), model);
    }

    /** Names the drive's information session: one of the community's scheduled meetings, or none ({@code meeting=}). */
    @PostMapping("/c/{slug}/drives/{id}/information-session")
    @ShowFormOnError("manage")
    String chooseSession(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @RequestParam(name = "meeting", required = false) String meeting,
            Actor actor,
            RedirectAttributes redirect) {
        Long meetingId = meeting == null || meeting.isBlank() ? null : number("meeting", meeting);
        chooseSession.choose(actor, community, id, meetingId);
        redirect.addFlashAttribute("notice", Text.of("drives.notice.session-chosen"));
        return "redirect:" + DriveAddress.manage(community.slug(), id);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return number("application", typed);
    }

    private static long number(String field, String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Text.of("drives." + field + ".not-found"));
        }
    }
}
