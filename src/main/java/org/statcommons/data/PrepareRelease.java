package org.statcommons.data;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** A data editor starts the next release of a dataset: a draft numbered after the last, with its changelog. */
@Service
class PrepareRelease {

    static final int CHANGELOG_MAX = 10_000;

    private final DataTeamChecker team;
    private final Datasets datasets;
    private final Releases releases;
    private final Clock clock;

    PrepareRelease(DataTeamChecker team, Datasets datasets, Releases releases, Clock clock) {
        this.team = team;
        this.datasets = datasets;
        this.releases = releases;
        this.clock = clock;
    }

    @Transactional
    long prepare(Actor actor, Community community, long datasetId, String changelog) {
        team.require(actor, Action.EDIT_DATASETS, community.id());
        Dataset dataset = datasets.ownInCommunity(community, datasetId);
        TextInput input = new TextInput();
        String text = input.block("changelog", Text.of("data.field.changelog"), changelog, CHANGELOG_MAX, false);
        input.throwIfInvalid();
        return releases.insertDraft(dataset.id(), text, actor.accountId(), clock.instant());
    }
}
