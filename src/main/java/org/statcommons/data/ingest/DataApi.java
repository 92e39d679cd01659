package org.statcommons.data.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A dataset's data over HTTP (docs/open-data.md): uploads (the file as the request's body, streamed), their structure
 * and problems, storing into the draft release; the filtered query API and downloads as CSV, JSON and Excel with an
 * ETag (a release's data never changes once released, so a 304 is safe; a draft's ETag names its disclosure rules too,
 * with which its published cells change) and gzip.
 */
@RestController
@RequestMapping("/api/v1/datasets/{datasetId}")
class DataApi {

    record ColumnJson(int position, String name, String role, String codeList, String unit) {}

    record ProblemJson(long line, String column, String kind, String value, String message) {}

    record TotalJson(String column, String kind, long total) {}

    record UploadJson(
            long id,
            String fileName,
            String kind,
            String delimiter,
            long rows,
            long bytes,
            String state,
            Long releaseId,
            List<ColumnJson> columns,
            long problemCount,
            List<TotalJson> problemTotals,
            List<ProblemJson> problems) {}

    record ColumnBody(String name, String role, String codeList, String unit) {}

    record StructureBody(List<ColumnBody> columns) {}

    record StoredJson(long uploadId, long observations) {}

    private final UploadData uploadData;
    private final ConfirmStructure confirmStructure;
    private final StoreUpload storeUpload;
    private final Uploads uploads;
    private final UploadProblems problems;
    private final DatasetReleases releases;
    private final DataQueryParser parser;
    private final DownloadWriter writer;
    private final DownloadCounter counter;
    private final DisclosureRuleSets ruleSets;
    private final Observations observations;
    private final RecordWriter recordWriter;

    DataApi(
            UploadData uploadData,
            ConfirmStructure confirmStructure,
            StoreUpload storeUpload,
            Uploads uploads,
            UploadProblems problems,
            DatasetReleases releases,
            DataQueryParser parser,
            DownloadWriter writer,
            DownloadCounter counter,
            DisclosureRuleSets ruleSets,
            Observations observations,
            RecordWriter recordWriter) {
        this.uploadData = uploadData;
        this.confirmStructure = confirmStructure;
        this.storeUpload = storeUpload;
        this.uploads = uploads;
        this.problems = problems;
        this.releases = releases;
        this.parser = parser;
        this.writer = writer;
        this.counter = counter;
        this.ruleSets = ruleSets;
        this.observations = observations;
        this.recordWriter = recordWriter;
    }

    @PutMapping("/uploads")
    ResponseEntity<UploadJson> upload(
            @PathVariable long datasetId,
            @RequestParam(required = false) String name,
            HttpServletRequest request,
            Actor actor)
            throws IOException {
        Upload upload =
                uploadData.upload(actor, datasetId, name, request.getInputStream(), request.getContentLengthLong());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(upload));
    }

    @GetMapping("/uploads/{uploadId}")
    UploadJson show(@PathVariable long datasetId, @PathVariable long uploadId, Actor actor) {
        releases.draftToFill(datasetId, actor);
        return json(uploads.ofDataset(datasetId, uploadId)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.upload.none"))));
    }

    @PutMapping("/uploads/{uploadId}/structure")
    UploadJson confirm(
            @PathVariable long datasetId, @PathVariable long uploadId, @RequestBody StructureBody body, Actor actor) {
        List<ConfirmStructure.ColumnChange> changes = new ArrayList<>();
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        List<ColumnBody> columns = body == null || body.columns() == null ? List.of() : body.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnBody c = columns.get(i);
            Role role = ConfirmStructure.ColumnChange.choice(
                    Role.class,
                    c.role(),
                    "columns[" + i + "].role",
                    Text.of("data-ingest.structure.bad-value", c.role()),
                    errors);
            CodeList list = c.codeList() == null || c.codeList().isBlank()
                    ? CodeList.FREE
                    : ConfirmStructure.ColumnChange.choice(
                            CodeList.class,
                            c.codeList(),
                            "columns[" + i + "].codeList",
                            Text.of("data-ingest.structure.bad-value", c.codeList()),
                            errors);
            changes.add(new ConfirmStructure.ColumnChange(c.name(), role, list, c.unit()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        confirmStructure.confirm(actor, datasetId, uploadId, changes);
        return show(datasetId, uploadId, actor);
    }

    @PostMapping("/uploads/{uploadId}/store")
    StoredJson store(@PathVariable long datasetId, @PathVariable long uploadId, Actor actor) {
        return new StoredJson(uploadId, storeUpload.store(actor, datasetId, uploadId));
    }

    /** The query API: JSON unless {@code format=csv} or {@code xlsx}. */
    @GetMapping("/data")
    void data(
            @PathVariable long datasetId,
            @RequestParam MultiValueMap<String, String> parameters,
            Actor actor,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String format = parameters.getFirst("format");
        send(datasetId, parameters, format == null ? "json" : format, true, actor, request, response);
    }

    /** The whole release in one format: {@code download.csv}, {@code download.json}, {@code download.xlsx}. */
    @GetMapping("/download.{format}")
    void download(
            @PathVariable long datasetId,
            @PathVariable String format,
            @RequestParam(required = false) String draft,
            Actor actor,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var none = new org.springframework.util.LinkedMultiValueMap<String, String>();
        if (draft != null) {
            none.add("draft", draft);
        }
        send(datasetId, none, format, false, actor, request, response);
    }

    private void send(
            long datasetId,
            MultiValueMap<String, String> parameters,
            String format,
            boolean slice,
            Actor actor,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "json", "xlsx").contains(kind)) {
            throw new InvalidInputException("format", Text.of("data-ingest.query.bad-format", format));
        }
        boolean draft = "true".equals(parameters.getFirst("draft"));
        long releaseId = releases.readable(datasetId, actor, draft)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.release.none")));
        Upload stored = uploads.ofRelease(releaseId)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.release.none")));
        List<Column> components = observations.components(releaseId);
        // record-level data is read as records, a table as observations
        RecordWriter.RecordQuery records =
                Records.recordLevel(components) ? recordWriter.parse(releaseId, components, parameters) : null;
        DataQuery query = records == null ? parser.parse(releaseId, parameters) : null;
        // a draft's cells change with its disclosure rules (checked again on the same upload): its ETag names them
        String etag = "W/\"r" + releaseId + "-u" + stored.id() + "-" + kind + "-"
                + Integer.toHexString(String.valueOf(request.getQueryString()).hashCode())
                + (draft
                        ? "-d" + Integer.toHexString(ruleSets.of(datasetId).hashCode()) + "-"
                                + Integer.toHexString(
                                        ruleSets.kAnonymity(datasetId).hashCode())
                        : "")
                + "\"";
        // weak: Tomcat gzips no answer with a strong ETag, and the gzipped bytes are not the same bytes
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", draft ? "private, no-cache" : "public, max-age=300");
        response.setHeader("Vary", "Accept-Encoding");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!draft) {
            // counted in memory, written later: the download waits for nothing (docs/open-data.md "Download counts")
            counter.count(
                    releaseId,
                    slice ? DownloadCounter.Route.API : DownloadCounter.Route.valueOf(kind.toUpperCase(Locale.ROOT)));
        }
        switch (kind) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                attachment(response, datasetId, "csv");
                if (records != null) {
                    recordWriter.csv(records, response.getOutputStream());
                } else {
                    if (query.whole()) {
                        writer.wholeCsv(query, response.getOutputStream(), response::setContentLengthLong);
                    } else {
                        writer.csv(query, response.getOutputStream());
                    }
                }
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                attachment(response, datasetId, "xlsx");
                if (records != null) {
                    recordWriter.xlsx(records, response.getOutputStream());
                } else {
                    writer.xlsx(query, response.getOutputStream());
                }
            }
            default -> {
                response.setContentType("application/json");
                if (records != null) {
                    recordWriter.json(records, response.getOutputStream());
                } else {
                    writer.json(query, response.getOutputStream());
                }
            }
        }
    }

    private static void attachment(HttpServletResponse response, long datasetId, String extension) {
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"dataset-" + datasetId + "." + extension + "\"");
    }

    private UploadJson json(Upload upload) {
        return new UploadJson(
                upload.id(),
                upload.fileName(),
                upload.kind().name(),
                upload.delimiter() == null
                        ? null
                        : CsvRowReader.shown(upload.delimiter().charAt(0)),
                upload.rows(),
                upload.bytes(),
                upload.state().name(),
                upload.releaseId(),
                uploads.structure(upload.id()).stream()
                        .map(c -> new ColumnJson(
                                c.position(),
                                c.name(),
                                c.role().name(),
                                c.codeList().name(),
                                c.unit()))
                        .toList(),
                problems.count(upload.id()),
                problems.totals(upload.id()).stream()
                        .map(t -> new TotalJson(t.column(), t.kind(), t.total()))
                        .toList(),
                problems.of(upload.id(), 1000).stream()
                        .map(p -> new ProblemJson(p.line(), p.column(), p.kind(), p.value(), message(p)))
                        .toList());
    }

    private static String message(Problem problem) {
        return Text.of("data-ingest.problem." + problem.kind(), problem.line(), problem.column(), problem.value())
                .english();
    }
}
