package org.statcommons.content.attachments;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.InvalidInputException;

/**
 * A page's files over the API: {@code /api/v1/communities/{slug}/pages/{path}/attachments} lists (GET) and
 * uploads (POST, multipart field {@code file}); {@code …/attachments/{name}} downloads (GET) and removes
 * (DELETE). A page path has one to {@value SpacePath#MAX_DEPTH} segments; since a path pattern cannot
 * continue after a "rest of the path" variable, each depth has its own pattern (p1 … p8), and these are more
 * specific than the pages API's {@code /pages/{*rest}}, so they win. A page whose last name is
 * {@code attachments} is read there with its {@code .md}.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/pages")
class AttachmentApi {

    private static final String L1 = "/{p1}/attachments";
    private static final String L2 = "/{p1}/{p2}/attachments";
    private static final String L3 = "/{p1}/{p2}/{p3}/attachments";
    private static final String L4 = "/{p1}/{p2}/{p3}/{p4}/attachments";
    private static final String L5 = "/{p1}/{p2}/{p3}/{p4}/{p5}/attachments";
    private static final String L6 = "/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/attachments";
    private static final String L7 = "/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/attachments";
    private static final String F = "/{name}";

    record FileJson(String name, String path, long size, String mediaType, String href) {
        static FileJson of(String slug, Attachment file) {
            return new FileJson(
                    file.name(),
                    file.path(),
                    file.size(),
                    file.type().mediaType(),
                    "/api/v1/communities/" + slug + "/pages/"
                            + file.pagePath().substring(0, file.pagePath().length() - 3) + "/attachments/"
                            + file.name());
        }
    }

    record Attached(String commitId, FileJson file, Instant at) {}

    private final Attachments attachments;
    private final HiddenTextChecker hiddenText;
    private final Clock clock;

    AttachmentApi(Attachments attachments, HiddenTextChecker hiddenText, Clock clock) {
        this.clock = clock;
        this.hiddenText = hiddenText;
        this.attachments = attachments;
    }

    @GetMapping({L1, L2, L3, L4, L5, L6, L7})
    List<FileJson> list(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable Map<String, String> variables,
            Actor actor) {
        hiddenText.require(actor, community, null, page(variables));
        return attachments.list(community.id(), page(variables)).stream()
                .map(file -> FileJson.of(community.slug(), file))
                .toList();
    }

    @PostMapping({L1, L2, L3, L4, L5, L6, L7})
    ResponseEntity<Attached> upload(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable Map<String, String> variables,
            @RequestParam(required = false) MultipartFile file,
            Author author) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(
                    "file", file == null ? "Send the file as the multipart field 'file'." : "The file is empty.");
        }
        String page = page(variables);
        SaveResult result = attachments.attach(
                community.id(), page, file.getOriginalFilename(), AttachmentController.bytes(file), author);
        SaveResult.Saved saved = (SaveResult.Saved) result;
        String name = saved.path().name();
        Attachment stored = attachments.list(community.id(), page).stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
        FileJson json = FileJson.of(community.slug(), stored);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(json.href()))
                .body(new Attached(saved.commitId(), json, clock.instant()));
    }

    @GetMapping({L1 + F, L2 + F, L3 + F, L4 + F, L5 + F, L6 + F, L7 + F})
    ResponseEntity<byte[]> download(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable Map<String, String> variables,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Actor actor) {
        return FileResponses.send(
                hiddenText.file(actor, community, attachments.read(community.id(), file(variables), null), null),
                ifNoneMatch,
                false);
    }

    @DeleteMapping({L1 + F, L2 + F, L3 + F, L4 + F, L5 + F, L6 + F, L7 + F})
    ResponseEntity<Void> remove(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable Map<String, String> variables,
            Author author) {
        attachments.remove(community.id(), file(variables), author);
        return ResponseEntity.noContent().build();
    }

    /** The page path from the segments p1 … pN, with {@code .md} added when left out. */
    private static String page(Map<String, String> variables) {
        List<String> segments = new ArrayList<>();
        for (int i = 1; variables.containsKey("p" + i); i++) {
            segments.add(variables.get("p" + i));
        }
        return SpaceAddress.path(String.join("/", segments));
    }

    private static String file(Map<String, String> variables) {
        return Attachments.folder(page(variables)) + "/" + variables.get("name");
    }
}
