package org.statcommons.backup;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;

/** {@code /admin/backups}: the backups made so far (time, size) and "Back up now". */
@Controller
class BackupController {

    private final Permissions permissions;
    private final BackUp backUp;

    BackupController(Permissions permissions, BackUp backUp) {
        this.permissions = permissions;
        this.backUp = backUp;
    }

    @GetMapping("/admin/backups")
    String backups(Actor actor, Model model) {
        permissions.require(actor, Action.BACK_UP);
        BackupProperties properties = backUp.properties();
        model.addAttribute(
                "dir",
                properties.dir() == null
                        ? null
                        : properties.dir().toAbsolutePath().toString());
        model.addAttribute("schedule", "-".equals(properties.schedule()) ? null : properties.schedule());
        model.addAttribute("keep", properties.keep());
        model.addAttribute(
                "backups",
                backUp.list().stream()
                        .map(b -> new BackupView(b.name(), b.createdAt(), ByteSize.of(b.size()), b.complete()))
                        .toList());
        return "backup/backups";
    }

    /**
     * Takes as long as the backup does (seconds for most servers); a failure is told on the list, with its reason,
     * since it is the server's trouble (a full disk), not the administrator's input.
     */
    @PostMapping("/admin/backups")
    String backUpNow(Actor actor, RedirectAttributes redirect) {
        try {
            Path written = backUp.backUp(actor);
            redirect.addFlashAttribute(
                    "notice",
                    Text.of("backup.notice.done", written.getFileName().toString()));
        } catch (BackupFailedException e) {
            redirect.addFlashAttribute("failure", Text.of("backup.failed", e.reason()));
        }
        return "redirect:/admin/backups";
    }

    /** One backup as listed: a complete one has its time and size. */
    record BackupView(String name, Instant createdAt, Text size, boolean complete) {}
}
