package org.statcommons.workstreams;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The secretariat drafts a workplan: annual or medium-term, over a period of days. */
@Service
class CreateWorkplan {

    static final int TITLE_MAX = 200;

    private final Permissions permissions;
    private final Workplans workplans;
    private final Clock clock;

    CreateWorkplan(Permissions permissions, Workplans workplans, Clock clock) {
        this.permissions = permissions;
        this.workplans = workplans;
        this.clock = clock;
    }

    @Transactional
    long create(Actor actor, Community community, NewWorkplan plan) {
        permissions.require(actor, Action.MANAGE_WORKPLANS, community.id());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("workplans.field.title"), plan.title(), TITLE_MAX, true);
        Workplan.Kind kind = null;
        try {
            kind = Workplan.Kind.valueOf(plan.kind());
        } catch (IllegalArgumentException unknown) {
            input.error("kind", Text.of("workplans.kind.unknown"));
        }
        Text startLabel = Text.of("workplans.field.starts");
        LocalDate starts = input.day("startsOn", startLabel, plan.startsOn(), true);
        LocalDate ends = input.day("endsOn", Text.of("workplans.field.ends"), plan.endsOn(), true);
        DateInput.inOrder(input, starts, ends, "endsOn", startLabel, Text.of("workplans.field.ends"));
        input.throwIfInvalid();
        return workplans.insert(community.id(), title, kind, starts, ends, actor.accountId(), clock.instant());
    }
}
