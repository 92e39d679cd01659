package org.statcommons.community;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;

/** The audit log of membership and role changes, newest first, a page at a time. */
@Controller
@CommunityTab("audit")
class AuditController {

    private static final int PAGE = 100;

    private final AuditEntries audit;
    private final People people;

    AuditController(AuditEntries audit, People people) {
        this.audit = audit;
        this.people = people;
    }

    @GetMapping("/c/{slug}/audit")
    String log(
            @Permitted(Action.VIEW_AUDIT_LOG) Community community,
            @RequestParam(required = false) Long before,
            Model model) {
        List<AuditEntries.Entry> entries = audit.recent(community.id(), before, PAGE);
        List<Long> ids = new ArrayList<>();
        entries.forEach(e -> {
            ids.add(e.actorId());
            ids.add(e.subjectId());
        });
        model.addAttribute("entries", entries);
        model.addAttribute("people", people.byId(ids));
        model.addAttribute(
                "older",
                entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "community/audit";
    }
}
