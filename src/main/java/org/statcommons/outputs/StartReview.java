package org.statcommons.outputs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Opens a draft output for the members' comments for a number of days, and tells every member (an
 * {@code OUTPUT_REVIEW} activity to the whole community: in the app, and by e-mail at once or in the digest as each
 * chose). Comments are the page's own comment threads.
 */
@Service
class StartReview {

    static final int DAYS_MIN = 1;
    static final int DAYS_MAX = 90;
    static final int DAYS_DEFAULT = 14;

    private final OutputLeads leads;
    private final Outputs outputs;
    private final Pages pages;
    private final OutputPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StartReview(
            OutputLeads leads,
            Outputs outputs,
            Pages pages,
            OutputPeople people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.leads = leads;
        this.outputs = outputs;
        this.pages = pages;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Instant start(Actor actor, Community community, long id, Integer days) {
        // asked before the output is read, as for every other refused person; a lead of its workstream may too
        leads.require(
                actor,
                community,
                outputs.byId(id)
                        .filter(o -> o.communityId() == community.id())
                        .map(Output::workstreamId)
                        .orElse(null));
        Output output = outputs.lockedInCommunity(community, id);
        if (days == null || days < DAYS_MIN || days > DAYS_MAX) {
            throw new InvalidInputException("days", Text.of("outputs.input.days", DAYS_MIN, DAYS_MAX));
        }
        if (output.stage() != OutputStage.DRAFT) {
            throw new ConflictException(Text.of("outputs.conflict.not-draft"));
        }
        try {
            pages.read(community.id(), output.path());
        } catch (NotFoundException e) {
            throw new ConflictException(Text.of("outputs.conflict.page-gone", output.path()));
        }
        Instant now = clock.instant();
        Instant ends = now.plus(Duration.ofDays(days));
        outputs.startReview(output.id(), ends);
        String name = people.nameOf(actor);
        outputs.recordStage(output.id(), OutputStage.REVIEW, actor.accountId(), name, "", now);
        events.publishEvent(Activity.of(ActivityKind.OUTPUT_REVIEW, community.id(), now)
                .by(actor.accountId(), name)
                .titleWithTimes(Text.of(
                        "outputs.activity.review",
                        TimePresenter.literal(name),
                        TimePresenter.literal(output.title()),
                        TimePresenter.mark(ends, ZoneOffset.UTC)))
                .link(PageAddress.page(community.slug(), output.path()))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("output", output.id()))
                .tell(Audience.everyMember())
                .build());
        return ends;
    }
}
