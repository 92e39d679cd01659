package org.statcommons.academy;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.statcommons.access.Permissions;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Capability frameworks: each one's public page (its levels, and its items by phase or area with the courses tagged),
 * and the administrators' list with the form that imports one from CSV.
 */
@Controller
class FrameworkController {

    private final Frameworks frameworks;
    private final ImportFramework importFramework;
    private final Permissions permissions;

    FrameworkController(Frameworks frameworks, ImportFramework importFramework, Permissions permissions) {
        this.frameworks = frameworks;
        this.importFramework = importFramework;
        this.permissions = permissions;
    }

    @GetMapping("/admin/frameworks")
    String manage(Actor actor, @ModelAttribute("form") NewFramework form, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("form", form.code() == null ? new NewFramework("", "", "") : form);
        return "academy/frameworks";
    }

    @PostMapping("/admin/frameworks")
    @ShowFormOnError("manage")
    String importFramework(
            Actor actor,
            @ModelAttribute("form") NewFramework form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        String code = importFramework.importFramework(actor, form, bytes(file));
        redirect.addFlashAttribute("notice", Text.of("academy.framework.imported", code));
        return "redirect:" + CapabilityAddress.framework(code);
    }

    @GetMapping("/academy/frameworks/{code}")
    String framework(@PathVariable String code, Model model) {
        Framework framework =
                frameworks.byCode(code).orElseThrow(() -> new NotFoundException(Text.of("academy.framework.none")));
        model.addAttribute("framework", framework);
        model.addAttribute("groups", framework.grouped());
        return "academy/framework";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
