package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.data.DatasetAddress;
import org.statcommons.data.Datasets;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The data of a draft release in the browser, without JavaScript: "Upload data" on the dataset's page (a multipart
 * form, spooled by the servlet container to a temporary file past a small size and read from there as a stream, up to
 * {@code spring.servlet.multipart.max-file-size}), then the structure screen (each column's role, code list and unit
 * with a few sample values), "Confirm" (validation: the problems by line and column), "Store" (disclosure control runs
 * on it), and the disclosure rules' form. A refused form comes back with its messages.
 */
@Controller
@CommunityTab("data")
class DataUploadController {

    private static final int SAMPLE_ROWS = 5;
    private static final int PROBLEMS_SHOWN = 1000;

    private final Datasets datasets;
    private final DatasetReleases releases;
    private final UploadData uploadData;
    private final ConfirmStructure confirmStructure;
    private final StoreUpload storeUpload;
    private final SetDisclosureRules setDisclosureRules;
    private final Uploads uploads;
    private final UploadProblems problems;
    private final StagedRows staged;

    DataUploadController(
            Datasets datasets,
            DatasetReleases releases,
            UploadData uploadData,
            ConfirmStructure confirmStructure,
            StoreUpload storeUpload,
            SetDisclosureRules setDisclosureRules,
            Uploads uploads,
            UploadProblems problems,
            StagedRows staged) {
        this.datasets = datasets;
        this.releases = releases;
        this.uploadData = uploadData;
        this.confirmStructure = confirmStructure;
        this.storeUpload = storeUpload;
        this.setDisclosureRules = setDisclosureRules;
        this.uploads = uploads;
        this.problems = problems;
        this.staged = staged;
    }

    /** The structure screen of an upload, with its sample values and, once confirmed, its problems. */
    record UploadView(
            String slug,
            long datasetId,
            Upload upload,
            List<Column> columns,
            List<String> samples,
            long problemCount,
            List<UploadProblems.Total> totals,
            List<Problem> problems) {}

    @PostMapping("/c/{slug}/data/{id}/uploads")
    @ShowFormOnError("datasetPage")
    String upload(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Actor actor)
            throws IOException {
        datasets.inCommunity(community, id);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", Text.of("data-release.upload.no-file"));
        }
        Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = uploadData.upload(actor, id, file.getOriginalFilename(), in, file.getSize());
        }
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "/uploads/" + upload.id();
    }

    @GetMapping("/c/{slug}/data/{id}/uploads/{upload}")
    String structure(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @PathVariable long upload,
            Actor actor,
            Model model) {
        datasets.inCommunity(community, id);
        releases.draftToFill(id, actor);
        Upload found = uploads.ofDataset(id, upload)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.upload.none")));
        List<Column> columns = uploads.structure(upload);
        model.addAttribute(
                "view",
                new UploadView(
                        community.slug(),
                        id,
                        found,
                        columns,
                        samples(found, columns.size()),
                        problems.count(upload),
                        problems.totals(upload),
                        problems.of(upload, PROBLEMS_SHOWN)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("codeLists", CodeList.values());
        return "data/release/upload";
    }

    /** The columns in the header's order: {@code name}, {@code role}, {@code codeList}, {@code unit} for each. */
    @PostMapping("/c/{slug}/data/{id}/uploads/{upload}/structure")
    @ShowFormOnError("structure")
    String confirm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @PathVariable long upload,
            @RequestParam(name = "name", required = false) List<String> names,
            @RequestParam(name = "role", required = false) List<String> roles,
            @RequestParam(name = "codeList", required = false) List<String> codeLists,
            @RequestParam(name = "unit", required = false) List<String> units,
            Actor actor) {
        datasets.inCommunity(community, id);
        int count = names == null ? 0 : names.size();
        if (count == 0 || roles == null || roles.size() != count || codeLists == null || codeLists.size() != count) {
            throw new InvalidInputException("columns", Text.of("data-release.structure.incomplete"));
        }
        List<ConfirmStructure.ColumnChange> changes = new ArrayList<>();
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Role role = ConfirmStructure.ColumnChange.choice(
                    Role.class, roles.get(i), "columns", refusal(roles.get(i), names.get(i)), errors);
            CodeList list = ConfirmStructure.ColumnChange.choice(
                    CodeList.class, codeLists.get(i), "columns", refusal(codeLists.get(i), names.get(i)), errors);
            String unit = units != null && units.size() == count ? units.get(i) : "";
            changes.add(new ConfirmStructure.ColumnChange(names.get(i), role, list, unit));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        confirmStructure.confirm(actor, id, upload, changes);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "/uploads/" + upload + "?confirmed";
    }

    @PostMapping("/c/{slug}/data/{id}/uploads/{upload}/store")
    @ShowFormOnError("structure")
    String store(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @PathVariable long upload,
            Actor actor) {
        datasets.inCommunity(community, id);
        storeUpload.store(actor, id, upload);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?stored#draft-data";
    }

    @PostMapping("/c/{slug}/data/{id}/disclosure-rules")
    @ShowFormOnError("datasetPage")
    String rules(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute DisclosureRulesForm form,
            Actor actor) {
        datasets.inCommunity(community, id);
        setDisclosureRules.set(actor, id, form);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?checked#draft-data";
    }

    /** A refused form on the dataset's page goes back there, its messages with it. */
    @GetMapping("/c/{slug}/data/{id}/draft-data")
    String datasetPage(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id) {
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "#draft-data";
    }

    /** A few values of each column, joined, from the staged rows (gone once stored). */
    private List<String> samples(Upload upload, int columns) {
        List<String[]> rows =
                upload.state() == Upload.State.STORED ? List.of() : staged.sample(upload.id(), columns, SAMPLE_ROWS);
        List<String> samples = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            samples.add(String.join(
                    ", ",
                    rows.stream()
                            .map(row -> column < row.length ? shorten(row[column]) : "")
                            .toList()));
        }
        return samples;
    }

    private static Text refusal(String typed, String column) {
        return Text.of("data-release.structure.bad-value", shorten(typed), shorten(column));
    }

    private static String shorten(String typed) {
        String text = String.valueOf(typed);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
