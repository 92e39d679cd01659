package org.statcommons.workstreams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's workplans: the list, a workplan's items (as a list, or grouped by workstream), its timeline drawn as
 * SVG on the server, and its CSV export. The secretariat drafts them, adds items and puts them to a body.
 */
@Controller
@CommunityTab("workstreams")
class WorkplanController {

    /** The items of one workstream (or of none: {@code workstream} null) in the grouped view. */
    record Group(Workstream workstream, List<WorkplanItem> items) {}

    private final Workplans workplans;
    /**
     * Items on a page of a workplan. A row weighs some 1.4 KB for the secretariat (its bar on the timeline, the row,
     * the status form with its token) on some 10 KB of frame and forms: 12 keep the page under 30 KB, as
     * WorkplanIntegrationTests measures.
     */
    static final int PAGE = 12;

    private final WorkplanItems items;
    private final Workstreams workstreams;
    private final CreateWorkplan createWorkplan;
    private final AddWorkplanItem addItem;
    private final SubmitWorkplan submitWorkplan;
    private final Bodies bodies;
    private final Clock clock;

    WorkplanController(
            Workplans workplans,
            WorkplanItems items,
            Workstreams workstreams,
            CreateWorkplan createWorkplan,
            AddWorkplanItem addItem,
            SubmitWorkplan submitWorkplan,
            Bodies bodies,
            Clock clock) {
        this.workplans = workplans;
        this.items = items;
        this.workstreams = workstreams;
        this.createWorkplan = createWorkplan;
        this.addItem = addItem;
        this.submitWorkplan = submitWorkplan;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/workplans")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute("form") NewWorkplan form,
            Model model) {
        model.addAttribute("workplans", workplans.of(community.id()));
        return "workstreams/workplans";
    }

    @PostMapping("/c/{slug}/workplans")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MANAGE_WORKPLANS) Community community,
            @ModelAttribute("form") NewWorkplan form,
            Actor actor,
            RedirectAttributes redirect) {
        long id = createWorkplan.create(actor, community, form);
        redirect.addFlashAttribute("notice", Text.of("workplans.notice.created"));
        return "redirect:" + WorkstreamAddress.workplan(community.slug(), id);
    }

    @GetMapping("/c/{slug}/workplans/{id}")
    String workplan(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String by,
            @RequestParam(defaultValue = "1") String page,
            @ModelAttribute("item") NewWorkplanItem item,
            @ModelAttribute("approval") ApprovalRequest approval,
            Model model) {
        Workplan workplan = workplans.inCommunity(community, id);
        List<WorkplanItem> all = items.of(id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // a long workplan is read a page at a time (its table and its timeline); the CSV keeps every item
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int shown = Math.min(pages, Math.max(1, pageNumber(page)));
        List<WorkplanItem> listed = all.subList((shown - 1) * PAGE, Math.min(all.size(), shown * PAGE));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("itemCount", all.size());
        model.addAttribute("firstShown", listed.isEmpty() ? 0 : (shown - 1) * PAGE + 1);
        List<Workstream> streams = workstreams.of(community.id());
        Map<Long, Workstream> byId = streams.stream().collect(Collectors.toMap(Workstream::id, Function.identity()));
        model.addAttribute("workplan", workplan);
        model.addAttribute("items", listed);
        model.addAttribute("today", today);
        model.addAttribute("workstreamsById", byId);
        model.addAttribute("workstreams", streams);
        model.addAttribute("byWorkstream", "workstream".equals(by));
        model.addAttribute(
                "sections", "workstream".equals(by) ? groups(listed, byId) : List.of(new Group(null, listed)));
        model.addAttribute("statuses", WorkplanItem.Status.values());
        model.addAttribute("overdue", all.stream().filter(i -> i.overdue(today)).count());
        model.addAttribute(
                "timeline",
                listed.isEmpty()
                        ? null
                        : TimelineDrawer.draw(
                                workplan.startsOn(),
                                workplan.endsOn(),
                                listed,
                                today,
                                Language.ofRequest().rightToLeft()));
        model.addAttribute("bodies", bodies.of(community));
        return "workstreams/workplan";
    }

    /** A page number as typed in the address; anything else is the first page. */
    private static int pageNumber(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static List<Group> groups(List<WorkplanItem> listed, Map<Long, Workstream> byId) {
        Map<Long, List<WorkplanItem>> grouped = new LinkedHashMap<>();
        for (WorkplanItem item : listed) {
            Long key =
                    item.workstreamId() == null || !byId.containsKey(item.workstreamId()) ? -1L : item.workstreamId();
            grouped.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(item);
        }
        return grouped.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((Long k) -> k == -1L)))
                .map(e -> new Group(e.getKey() == -1L ? null : byId.get(e.getKey()), e.getValue()))
                .toList();
    }

    @GetMapping("/c/{slug}/workplans/{id}/items.csv")
    ResponseEntity<String> csv(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, @PathVariable long id) {
        Workplan workplan = workplans.inCommunity(community, id);
        Map<Long, String> titles =
                workstreams.of(community.id()).stream().collect(Collectors.toMap(Workstream::id, Workstream::title));
        String csv = WorkplanCsvWriter.write(
                items.of(workplan.id()), titles, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("workplan-" + workplan.id() + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    @PostMapping("/c/{slug}/workplans/{id}/items")
    @ShowFormOnError("workplan")
    String addItem(
            @Permitted(Action.MANAGE_WORKPLANS) Community community,
            @PathVariable long id,
            @ModelAttribute("item") NewWorkplanItem item,
            Actor actor,
            RedirectAttributes redirect) {
        addItem.add(actor, community, id, item);
        redirect.addFlashAttribute("notice", Text.of("workplans.notice.item-added"));
        return "redirect:" + WorkstreamAddress.workplan(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workplans/{id}/items/{itemId}/status")
    String itemStatus(
            @Permitted(Action.MANAGE_WORKPLANS) Community community,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String status,
            Actor actor,
            RedirectAttributes redirect) {
        addItem.changeStatus(actor, community, id, itemId, status);
        redirect.addFlashAttribute("notice", Text.of("workplans.notice.status"));
        return "redirect:" + WorkstreamAddress.workplan(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workplans/{id}/submit")
    @ShowFormOnError("workplan")
    String submit(
            @Permitted(Action.MANAGE_WORKPLANS) Community community,
            @PathVariable long id,
            @ModelAttribute("approval") ApprovalRequest approval,
            Actor actor,
            RedirectAttributes redirect) {
        submitWorkplan.submit(actor, community, id, approval);
        redirect.addFlashAttribute("notice", Text.of("workplans.notice.submitted"));
        return "redirect:" + WorkstreamAddress.workplan(community.slug(), id);
    }
}
