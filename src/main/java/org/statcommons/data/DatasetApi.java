package org.statcommons.data;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * Datasets over JSON, with the same rules as the screens: the catalogue (released datasets only, same facets), a
 * community's datasets and one dataset as its reader may see them (drafts and embargoed releases never to the public),
 * and describing or correcting a dataset for its community's data editors. Bad input is a problem naming each field.
 */
@RestController
class DatasetApi {

    record DatasetJson(
            long id,
            String community,
            String title,
            String description,
            List<String> keywords,
            List<String> themes,
            List<String> sdgCodes,
            String publisher,
            String contactName,
            String contactEmail,
            LocalDate temporalStart,
            LocalDate temporalEnd,
            List<String> countries,
            String frequency,
            String licence,
            String accessRights,
            List<String> conformsTo,
            String provenance,
            String methodologyPage,
            String qualityStatement,
            String producerType,
            String collectionMethod,
            QualityAssessment quality,
            int checklistScore,
            Map<ChecklistItem, Boolean> checklist,
            boolean released,
            List<ReleaseJson> releases,
            String link) {}

    record ReleaseJson(int number, String state, String changelog, Instant at, String releasedBy) {}

    record CatalogueJson(
            long total, int page, List<DatasetJson> datasets, Map<String, List<CataloguePage.FacetValue>> facets) {}

    private final CatalogueReader catalogue;
    private final DatasetReader reader;
    private final CreateDataset createDataset;
    private final EditDataset editDataset;
    private final java.time.Clock clock;

    DatasetApi(
            CatalogueReader catalogue,
            DatasetReader reader,
            CreateDataset createDataset,
            EditDataset editDataset,
            java.time.Clock clock) {
        this.catalogue = catalogue;
        this.reader = reader;
        this.createDataset = createDataset;
        this.editDataset = editDataset;
        this.clock = clock;
    }

    @GetMapping("/api/v1/datasets")
    CatalogueJson catalogue(@RequestParam Map<String, String> params) {
        CatalogueQuery query = CatalogueController.query(params);
        CataloguePage page = catalogue.read(query, clock.instant());
        return new CatalogueJson(
                page.total(),
                query.page(),
                page.datasets().stream()
                        .map(d -> json(d, null, null, List.of()))
                        .toList(),
                page.facets());
    }

    @GetMapping("/api/v1/communities/{slug}/datasets")
    List<DatasetJson> ofCommunity(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor) {
        return reader.ofCommunity(actor, community).stream()
                .map(d -> json(d, community, null, List.of()))
                .toList();
    }

    @GetMapping("/api/v1/communities/{slug}/datasets/{id}")
    DatasetJson show(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        Dataset dataset = reader.visible(actor, community, id);
        List<Release> releases = reader.releasesOf(actor, dataset);
        return json(dataset, community, OpenDataChecklist.of(dataset.metadata(), releases), releases);
    }

    @PostMapping("/api/v1/communities/{slug}/datasets")
    ResponseEntity<DatasetJson> create(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @RequestBody DatasetForm body, Actor actor) {
        long id = createDataset.create(actor, community, body);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/datasets/" + id))
                .body(show(community, id, actor));
    }

    @PutMapping("/api/v1/communities/{slug}/datasets/{id}")
    DatasetJson edit(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestBody DatasetForm body,
            Actor actor) {
        editDataset.edit(actor, community, id, body);
        return show(community, id, actor);
    }

    private DatasetJson json(Dataset d, Community community, OpenDataChecklist checklist, List<Release> releases) {
        DatasetMetadata m = d.metadata();
        Instant now = clock.instant();
        return new DatasetJson(
                d.id(),
                community == null ? null : community.slug(),
                m.title(),
                m.description(),
                m.keywords(),
                m.themes().stream().map(Enum::name).toList(),
                m.sdgCodes(),
                d.publisherName(),
                m.contactName(),
                m.contactEmail(),
                m.temporalStart(),
                m.temporalEnd(),
                m.countries(),
                m.frequency() == null ? null : m.frequency().name(),
                m.licence().spdx(),
                m.accessRights().name(),
                m.conformsTo(),
                m.provenance(),
                m.methodologyPage(),
                m.qualityStatement(),
                m.producerType().name(),
                m.collectionMethod(),
                m.quality(),
                d.checklistScore(),
                checklist == null ? null : checklist.items(),
                d.publicAt(now),
                releases.stream()
                        .map(r -> new ReleaseJson(
                                r.number(), r.state(now).name(), r.changelog(), r.releasedAt(), r.releasedByName()))
                        .toList(),
                community == null ? "/data/" + d.id() : DatasetAddress.dataset(community.slug(), d.id()));
    }
}
