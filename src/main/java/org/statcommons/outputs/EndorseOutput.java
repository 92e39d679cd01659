package org.statcommons.outputs;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PublishedPageNoticeChanged;
import org.statcommons.decisions.DecisionClosed;
import org.statcommons.decisions.Outcome;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * The body's decision on an output closed: adopted, the version it was asked to approve is endorsed (and the
 * published page, kept in memory by content, is rendered again with its banner); not adopted, the output goes back to
 * draft. Runs after the decision's transaction committed, in its own: the decision stands whatever happens here, and
 * the event publication registry hands the event back until this has run. An output no longer awaiting this decision
 * is left as it is, so the event handled twice does no harm.
 */
@Service
class EndorseOutput {

    static final String SUBJECT = "output";

    private final Outputs outputs;
    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EndorseOutput(Outputs outputs, Communities communities, ApplicationEventPublisher events, Clock clock) {
        this.outputs = outputs;
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionClosed closed) {
        if (closed.subject() == null || !SUBJECT.equals(closed.subject().kind())) {
            return;
        }
        Optional<Output> found = outputs.lockedByDecision(closed.decisionId());
        if (found.isEmpty() || found.get().stage() != OutputStage.APPROVAL) {
            return;
        }
        Output output = found.get();
        Instant now = clock.instant();
        String note = "decision:" + closed.decisionId();
        if (closed.outcome() == Outcome.ADOPTED) {
            outputs.endorse(output.id(), now);
            outputs.recordStage(output.id(), OutputStage.ENDORSED, null, output.bodyName(), note, now);
            events.publishEvent(new PublishedPageNoticeChanged(output.communityId(), output.path()));
            // every member hears that the community's output is endorsed
            Community community = communities.byId(output.communityId()).orElseThrow();
            events.publishEvent(Activity.of(ActivityKind.OUTPUT_ENDORSED, community.id(), now)
                    .title(Text.of("outputs.activity.endorsed", output.title(), output.bodyName()))
                    .link(OutputAddress.of(community.slug(), output.id()))
                    .visibleTo(Visibility.MEMBERS)
                    .about(Subject.of("output", output.id()))
                    .item(Subject.of("output-endorsed", closed.decisionId()))
                    .tell(Audience.everyMember())
                    .build());
        } else {
            outputs.backToDraft(output.id());
            outputs.recordStage(output.id(), OutputStage.DRAFT, null, output.bodyName(), note, now);
        }
    }
}
