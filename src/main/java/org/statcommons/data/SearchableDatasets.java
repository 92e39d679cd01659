package org.statcommons.data;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * What the site search may know of a community's datasets: their metadata (title, description, keywords, themes in
 * every interface language, SDG codes) and their dimensions' names, never an observation. One document per release
 * that is out or scheduled: the latest release out now, and each scheduled one, each with the instant it is public.
 * The search shows a dataset's latest document public at the instant it searches, so a scheduled release's
 * dimensions are found from its announced time on, by the clock alone, and a dataset never released (a draft) has no
 * document and is found by no one.
 */
@Component
public class SearchableDatasets {

    /**
     * One release of a dataset as the search indexes it.
     *
     * @param description the dataset's description (Markdown)
     * @param terms       keywords, themes (codes and names), SDG codes and the release's dimensions' names
     */
    public record Document(
            long datasetId,
            long communityId,
            long releaseId,
            Instant publicAt,
            String title,
            String description,
            List<String> terms) {}

    private final Datasets datasets;
    private final Releases releases;
    private final ObjectProvider<ReleaseDimensions> dimensions;
    private final Clock clock;

    SearchableDatasets(
            Datasets datasets, Releases releases, ObjectProvider<ReleaseDimensions> dimensions, Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.dimensions = dimensions;
        this.clock = clock;
    }

    /** The documents of one dataset; none when there is no such dataset or it has never been released. */
    public List<Document> of(long datasetId) {
        return datasets.byId(datasetId).map(this::documents).orElse(List.of());
    }

    /** The documents of every dataset of a community, for a rebuild of its index. */
    public List<Document> ofCommunity(long communityId) {
        return datasets.ofCommunity(communityId, true, clock.instant()).stream()
                .flatMap(d -> documents(d).stream())
                .toList();
    }

    private List<Document> documents(Dataset dataset) {
        Instant now = clock.instant();
        List<Release> fixed = releases.of(dataset.id()).stream()
                .filter(r -> r.releasedAt() != null)
                .toList();
        Release latestOut = fixed.stream()
                .filter(r -> r.publicAt(now))
                .max(Comparator.comparing(Release::releasedAt).thenComparing(Release::number))
                .orElse(null);
        List<String> about = about(dataset.metadata());
        List<Document> documents = new ArrayList<>();
        for (Release release : fixed) {
            if (release == latestOut || !release.publicAt(now)) {
                List<String> terms = new ArrayList<>(about);
                dimensions.orderedStream().forEach(d -> terms.addAll(d.names(release.id())));
                documents.add(new Document(
                        dataset.id(),
                        dataset.communityId(),
                        release.id(),
                        release.releasedAt(),
                        dataset.title(),
                        dataset.metadata().description(),
                        terms));
            }
        }
        return documents;
    }

    private static List<String> about(DatasetMetadata metadata) {
        List<String> terms = new ArrayList<>(metadata.keywords());
        for (DataTheme theme : metadata.themes()) {
            terms.add(theme.name());
            for (Language language : Language.ALL) {
                terms.add(Text.of("data.theme." + theme.name()).in(language));
            }
        }
        terms.addAll(metadata.sdgCodes());
        return terms;
    }
}
