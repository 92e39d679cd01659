package org.statcommons.outputs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Records that an endorsed output was submitted to the Statistical Commission, for its approval or for its
 * information, on a date and under a document symbol. Only an endorsed output is submitted, once.
 */
@Service
class RecordSubmission {

    static final Set<String> PURPOSES = Set.of("APPROVAL", "INFORMATION");

    private final Permissions permissions;
    private final Outputs outputs;
    private final OutputPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordSubmission(
            Permissions permissions,
            Outputs outputs,
            OutputPeople people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.outputs = outputs;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void record(Actor actor, Community community, long id, NewSubmission submission) {
        permissions.require(actor, Action.RECORD_OUTPUT_SUBMISSION, community.id());
        Output output = outputs.lockedInCommunity(community, id);
        TextInput input = new TextInput();
        String purpose =
                submission.purpose() == null ? "" : submission.purpose().strip();
        if (!PURPOSES.contains(purpose)) {
            input.error("purpose", Text.of("outputs.input.purpose"));
        }
        LocalDate on = input.day("date", Text.of("outputs.field.date"), submission.date(), true);
        String symbol = submission.symbol() == null ? "" : submission.symbol().strip();
        if (!DocumentSymbol.valid(symbol)) {
            input.error("symbol", Text.of("outputs.input.symbol", symbol));
        }
        input.throwIfInvalid();
        if (output.stage() != OutputStage.ENDORSED) {
            throw new ConflictException(Text.of(
                    output.stage() == OutputStage.SUBMITTED
                            ? "outputs.conflict.submitted"
                            : "outputs.conflict.not-endorsed"));
        }
        outputs.submit(output.id(), purpose, on, symbol);
        String name = people.nameOf(actor);
        Instant now = clock.instant();
        outputs.recordStage(output.id(), OutputStage.SUBMITTED, actor.accountId(), name, purpose + " " + symbol, now);
        // a line of the stream for the members' area; nobody is told (the endorsement was the news)
        events.publishEvent(Activity.of(ActivityKind.OUTPUT_ENDORSED, community.id(), now)
                .by(actor.accountId(), name)
                .title(Text.of("outputs.activity.submitted", output.title(), symbol))
                .link(OutputAddress.of(community.slug(), output.id()))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("output", output.id()))
                .item(Subject.of("output-submitted", output.id()))
                .tell(Audience.nobody())
                .build());
    }
}
