package org.statcommons.outputs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

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
    private final Clock clock;

    RecordSubmission(Permissions permissions, Outputs outputs, OutputPeople people, Clock clock) {
        this.permissions = permissions;
        this.outputs = outputs;
        this.people = people;
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
        LocalDate on = null;
        String date = submission.date() == null ? "" : submission.date().strip();
        try {
            on = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            input.error("date", Text.of("outputs.input.date", date));
        }
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
        outputs.recordStage(
                output.id(),
                OutputStage.SUBMITTED,
                actor.accountId(),
                people.nameOf(actor),
                purpose + " " + symbol,
                clock.instant());
    }
}
