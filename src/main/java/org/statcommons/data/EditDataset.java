package org.statcommons.data;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * A data editor corrects a dataset's description. The description is the dataset's, not a release's: a release keeps
 * its data and changelog, and the page always shows the description as it is now.
 */
@Service
class EditDataset {

    private final DataTeamChecker team;
    private final DescriptionChecker checker;
    private final Datasets datasets;
    private final ChecklistScorer scorer;
    private final Clock clock;

    EditDataset(
            DataTeamChecker team, DescriptionChecker checker, Datasets datasets, ChecklistScorer scorer, Clock clock) {
        this.team = team;
        this.checker = checker;
        this.datasets = datasets;
        this.scorer = scorer;
        this.clock = clock;
    }

    @Transactional
    void edit(Actor actor, Community community, long id, DatasetForm form) {
        team.require(actor, Action.EDIT_DATASETS, community.id());
        Dataset dataset = datasets.ownInCommunity(community, id);
        DescriptionChecker.Described described = checker.check(community, form);
        datasets.update(
                dataset.id(),
                described.organisationId(),
                described.publisherName(),
                described.metadata(),
                clock.instant());
        scorer.rescore(dataset.id());
    }
}
