package org.statcommons.data.ingest;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.data.DataTeamChecker;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.KAnonymityRules;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A data editor chooses a dataset's disclosure rules. When its draft release holds stored data, the check runs again
 * with the new rules at once; rules it refuses (they would suppress everything, say) are refused here with its
 * message, and neither the rules nor the draft change.
 */
@Service
public class SetDisclosureRules {

    private final Datasets datasets;
    private final DataTeamChecker team;
    private final DatasetReleases releases;
    private final DisclosureRuleSets ruleSets;
    private final Observations observations;
    private final Uploads uploads;
    private final ReleaseProtector protector;
    private final Clock clock;

    SetDisclosureRules(
            Datasets datasets,
            DataTeamChecker team,
            DatasetReleases releases,
            DisclosureRuleSets ruleSets,
            Observations observations,
            Uploads uploads,
            ReleaseProtector protector,
            Clock clock) {
        this.datasets = datasets;
        this.team = team;
        this.releases = releases;
        this.ruleSets = ruleSets;
        this.observations = observations;
        this.uploads = uploads;
        this.protector = protector;
        this.clock = clock;
    }

    /** Returns the draft's new check, or empty when no draft holds stored data. */
    @Transactional
    public Optional<DisclosureCheck> set(Actor actor, long datasetId, DisclosureRulesForm form) {
        Dataset dataset = datasets.byId(datasetId).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        team.require(actor, Action.EDIT_DATASETS, dataset.communityId());
        DisclosureRules rules = form.parse();
        KAnonymityRules kAnonymity = form.parseKAnonymity();
        ruleSets.save(datasetId, rules, kAnonymity, actor.accountId(), clock.instant());
        return releases.readable(datasetId, actor, true)
                .filter(observations::hasOriginals)
                .flatMap(draft -> uploads.ofRelease(draft)
                        .map(upload -> protector.protectOrRefuse(datasetId, draft, upload.id(), rules, kAnonymity)));
    }

    /** The dataset's rules, as a form to change them. */
    public DisclosureRulesForm current(Actor actor, long datasetId) {
        Dataset dataset = datasets.byId(datasetId).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        team.require(actor, Action.EDIT_DATASETS, dataset.communityId());
        return DisclosureRulesForm.of(ruleSets.of(datasetId), ruleSets.kAnonymity(datasetId));
    }
}
