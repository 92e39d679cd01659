package org.statcommons.data;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/** A data editor describes a new dataset of the community: a draft, seen by members only until a release is out. */
@Service
class CreateDataset {

    private final DataTeamChecker team;
    private final DescriptionChecker checker;
    private final Datasets datasets;
    private final ChecklistScorer scorer;
    private final Clock clock;

    CreateDataset(
            DataTeamChecker team, DescriptionChecker checker, Datasets datasets, ChecklistScorer scorer, Clock clock) {
        this.team = team;
        this.checker = checker;
        this.datasets = datasets;
        this.scorer = scorer;
        this.clock = clock;
    }

    @Transactional
    long create(Actor actor, Community community, DatasetForm form) {
        team.require(actor, Action.EDIT_DATASETS, community.id());
        DescriptionChecker.Described described = checker.check(community, form);
        long id = datasets.insert(
                community.id(),
                described.organisationId(),
                described.publisherName(),
                described.metadata(),
                actor.accountId(),
                clock.instant());
        scorer.rescore(id);
        return id;
    }
}
