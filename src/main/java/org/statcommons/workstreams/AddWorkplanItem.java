package org.statcommons.workstreams;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The secretariat adds an item to a workplan still in draft, or changes an item's status at any time (the work goes
 * on after approval). Every problem is named at its field at once; an item due before it starts is refused on its due
 * date.
 */
@Service
class AddWorkplanItem {

    static final int ACTIVITY_MAX = 300;
    static final int OWNERS_MAX = 300;
    static final int DELIVERABLE_MAX = 500;

    private final Permissions permissions;
    private final Workplans workplans;
    private final WorkplanItems items;
    private final Workstreams workstreams;

    AddWorkplanItem(Permissions permissions, Workplans workplans, WorkplanItems items, Workstreams workstreams) {
        this.permissions = permissions;
        this.workplans = workplans;
        this.items = items;
        this.workstreams = workstreams;
    }

    @Transactional
    long add(Actor actor, Community community, long workplanId, NewWorkplanItem item) {
        permissions.require(actor, Action.MANAGE_WORKPLANS, community.id());
        Workplan workplan = workplans.lock(community, workplanId);
        if (workplan.status() != Workplan.Status.DRAFT) {
            throw new ConflictException(Text.of("workplans.not-draft"));
        }
        TextInput input = new TextInput();
        String activity =
                input.line("activity", Text.of("workplans.field.activity"), item.activity(), ACTIVITY_MAX, true);
        Long workstreamId = null;
        if (!item.workstream().isBlank()) {
            try {
                workstreamId = workstreams
                        .inCommunity(community, Long.parseLong(item.workstream().strip()))
                        .id();
            } catch (NumberFormatException | NotFoundException unknown) {
                input.error("workstream", Text.of("workplans.workstream.unknown"));
            }
        }
        String owners = input.line("owners", Text.of("workplans.field.owners"), item.owners(), OWNERS_MAX, false);
        Text startLabel = Text.of("workplans.field.item-starts");
        Text dueLabel = Text.of("workplans.field.due");
        LocalDate starts = input.day("startsOn", startLabel, item.startsOn(), true);
        LocalDate due = input.day("dueOn", dueLabel, item.dueOn(), true);
        DateInput.inOrder(input, starts, due, "dueOn", startLabel, dueLabel);
        WorkplanItem.Status status = status(input, item.status());
        String deliverable = input.line(
                "deliverable", Text.of("workplans.field.deliverable"), item.deliverable(), DELIVERABLE_MAX, false);
        if (!deliverable.isEmpty()
                && !deliverable.startsWith("https://")
                && !deliverable.startsWith("http://")
                && !SpacePath.validPage(deliverable.endsWith(".md") ? deliverable : deliverable + ".md")) {
            input.error("deliverable", Text.of("workplans.deliverable.shape"));
        }
        input.throwIfInvalid();
        return items.insert(workplanId, activity, workstreamId, owners, starts, due, status, deliverable);
    }

    @Transactional
    void changeStatus(Actor actor, Community community, long workplanId, long itemId, String typed) {
        permissions.require(actor, Action.MANAGE_WORKPLANS, community.id());
        Workplan workplan = workplans.lock(community, workplanId);
        WorkplanItem item = items.inWorkplan(workplan.id(), itemId)
                .orElseThrow(() -> new NotFoundException(Text.of("workplans.item.none")));
        TextInput input = new TextInput();
        WorkplanItem.Status status = status(input, typed);
        input.throwIfInvalid();
        items.status(item.id(), status);
    }

    private static WorkplanItem.Status status(TextInput input, String typed) {
        try {
            return WorkplanItem.Status.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException unknown) {
            input.error("status", Text.of("workplans.status.unknown"));
            return WorkplanItem.Status.PLANNED;
        }
    }
}
