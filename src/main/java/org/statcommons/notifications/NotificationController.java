package org.statcommons.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** /notifications: the signed-in person's notices, newest first, a page at a time; open one, mark read. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 30;

    private final Notices notices;
    private final CurrentReader readers;
    private final MarkNoticesRead markNoticesRead;
    private final Communities communities;

    NotificationController(
            Notices notices, CurrentReader readers, MarkNoticesRead markNoticesRead, Communities communities) {
        this.notices = notices;
        this.readers = readers;
        this.markNoticesRead = markNoticesRead;
        this.communities = communities;
    }

    @GetMapping("/notifications")
    String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        Reader reader = readers.of(actor);
        long total = notices.count(reader);
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), lastPage);
        List<Notice> list = notices.page(reader, shown, PAGE_SIZE);
        model.addAttribute("notices", list);
        model.addAttribute("communityNames", names(communities, list));
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("total", total);
        return "notifications/list";
    }

    /** Opens a notice: marks it read and goes where it points. */
    @GetMapping("/notifications/{id}")
    String open(Actor actor, @PathVariable long id) {
        Reader reader = readers.of(actor);
        Notice notice =
                notices.find(reader, id).orElseThrow(() -> new NotFoundException(Text.of("notifications.not-found")));
        markNoticesRead.markRead(reader, id);
        // links are paths on this server; a backslash could make a browser read one as another host
        return "redirect:" + (notice.link().indexOf('\\') >= 0 ? "/notifications" : notice.link());
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        markNoticesRead.markRead(readers.of(actor), id);
        return "redirect:/notifications" + (page > 0 ? "?page=" + page : "");
    }

    @PostMapping("/notifications/read")
    String markAllRead(Actor actor, RedirectAttributes redirect) {
        int marked = markNoticesRead.markAllRead(readers.of(actor));
        redirect.addFlashAttribute(
                "notice",
                marked == 0 ? Text.of("notifications.notice.none-unread") : Text.of("notifications.notice.all-read"));
        return "redirect:/notifications";
    }

    /** The names of the communities on one page of notices. */
    static Map<Long, String> names(Communities communities, List<Notice> notices) {
        Map<Long, String> names = new HashMap<>();
        for (Notice notice : notices) {
            names.computeIfAbsent(
                    notice.communityId(),
                    id -> communities.byId(id).map(Community::name).orElse("A community"));
        }
        return names;
    }
}
