package org.statcommons.data;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * What a reader sees of a dataset, whatever the channel (page, API, catalogue): a dataset none of whose releases is
 * out yet (a draft, or embargoed until its scheduled instant) is the members' only, and to anyone else it does not
 * exist ("not found", never "not allowed", which would tell that it does). Releases not out are shown only to those
 * who may prepare them: an embargo holds inside the community too.
 */
@Component
public class DatasetReader {

    private final Datasets datasets;
    private final Releases releases;
    private final DataTeamChecker team;
    private final Clock clock;

    DatasetReader(Datasets datasets, Releases releases, DataTeamChecker team, Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.team = team;
        this.clock = clock;
    }

    public Dataset visible(Actor actor, Community community, long id) {
        Dataset dataset = datasets.inCommunity(community, id);
        if (!dataset.publicAt(clock.instant()) && !team.may(actor, Action.VIEW_DATA_DRAFTS, community.id())) {
            throw new NotFoundException(Text.of("data.none"));
        }
        return dataset;
    }

    /** The dataset's releases the reader may see, newest first. */
    public List<Release> releasesOf(Actor actor, Dataset dataset) {
        boolean preparer = team.may(actor, Action.EDIT_DATASETS, dataset.communityId());
        return releases.of(dataset.id()).stream()
                .filter(r -> preparer || r.publicAt(clock.instant()))
                .toList();
    }

    /** The community's datasets the reader may see, most recently changed first. */
    public List<Dataset> ofCommunity(Actor actor, Community community) {
        return datasets.ofCommunity(
                community.id(), team.may(actor, Action.VIEW_DATA_DRAFTS, community.id()), clock.instant());
    }
}
