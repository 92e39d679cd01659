package org.statcommons.data.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.data.DataTeamChecker;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetSection;
import org.statcommons.data.Release;
import org.statcommons.data.Releases;
import org.statcommons.platform.ByteSize;

/** Adds the draft's data to a dataset's page for those who may edit the dataset, and nothing for anyone else. */
@Component
@Order(30)
class DraftDataSection implements DatasetSection {

    private final DataTeamChecker team;
    private final Releases releases;
    private final Uploads uploads;
    private final Observations observations;
    private final DisclosureRuleSets ruleSets;
    private final DisclosureChecks checks;
    private final long browserLimit;

    DraftDataSection(
            DataTeamChecker team,
            Releases releases,
            Uploads uploads,
            Observations observations,
            DisclosureRuleSets ruleSets,
            DisclosureChecks checks,
            UploadData uploadData,
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize fileLimit,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize requestLimit) {
        this.team = team;
        this.releases = releases;
        this.uploads = uploads;
        this.observations = observations;
        this.ruleSets = ruleSets;
        this.checks = checks;
        // the form's file meets the multipart parser's limits (of the file, and of the request it travels in) and
        // the upload's own: the page names the lowest
        this.browserLimit = Math.min(uploadData.limit(), Math.min(fileLimit.toBytes(), requestLimit.toBytes()));
    }

    @Override
    public Optional<Shown> show(
            Actor actor, Community community, Dataset dataset, Map<String, List<String>> parameters) {
        if (!team.may(actor, Action.EDIT_DATASETS, community.id())) {
            return Optional.empty();
        }
        Optional<Release> draft = releases.of(dataset.id()).stream()
                .filter(r -> r.releasedAt() == null)
                .findFirst();
        DraftData data = new DraftData(
                community.slug(),
                dataset.id(),
                draft.map(Release::number).orElse(null),
                ByteSize.of(browserLimit),
                uploads.ofDataset(dataset.id()).stream()
                        .filter(u -> u.state() != Upload.State.STORED)
                        .limit(5)
                        .toList(),
                DisclosureRulesForm.of(ruleSets.of(dataset.id()), ruleSets.kAnonymity(dataset.id())),
                draft.flatMap(r -> checks.of(r.id(), 100)).orElse(null),
                draft.map(r -> observations.hasOriginals(r.id())).orElse(false));
        return Optional.of(new Shown("data/release/draft", data));
    }
}
