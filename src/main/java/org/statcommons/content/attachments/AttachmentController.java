package org.statcommons.content.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.Pages;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.web.PageActions;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Files attached to a page, for members: open one ({@code VIEW_SPACE}), attach and remove ({@code EDIT_PAGE}).
 * The upload is a plain multipart form, so it works without script.
 */
@Controller
@CommunityTab("space")
public class AttachmentController {

    private final Attachments attachments;
    private final Pages pages;
    private final HiddenTextChecker hiddenText;

    AttachmentController(Attachments attachments, Pages pages, HiddenTextChecker hiddenText) {
        this.hiddenText = hiddenText;
        this.attachments = attachments;
        this.pages = pages;
    }

    /**
     * The files of a page for its template, as they were in {@code version} (null: now); none listed when
     * {@code shown} is false (a hidden page's files are hidden with it, see {@link HiddenTextChecker}).
     */
    public static void addFiles(
            Model model, Attachments attachments, Community community, String pagePath, String version, boolean shown) {
        String slug = community.slug();
        model.addAttribute(
                "files",
                !shown
                        ? List.of()
                        : attachments.list(community.id(), pagePath, version).stream()
                                .map(file -> FileRow.of(slug, file, version))
                                .toList());
        model.addAttribute("filesHidden", !shown);
        model.addAttribute("attachHref", SpaceAddress.action(slug, "attach", pagePath));
        model.addAttribute("fileLimit", ByteSize.of(attachments.limit()));
    }

    @GetMapping("/c/{slug}/space/-/files/{*rest}")
    ResponseEntity<byte[]> open(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Actor actor) {
        String commit = version == null || version.isBlank() ? null : version.strip();
        String path = AttachmentAddress.path(rest);
        Attachments.Stored stored;
        try {
            stored = attachments.read(community.id(), path, commit);
        } catch (NotFoundException e) {
            // the files of a page that moved went with it: old links to them lead there
            Optional<String> moved = commit != null ? Optional.empty() : movedFile(community, path);
            if (moved.isEmpty()) {
                throw e;
            }
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(AttachmentAddress.member(community.slug(), moved.get())))
                    .build();
        }
        return FileResponses.send(hiddenText.file(actor, community, stored, commit), ifNoneMatch, false);
    }

    private Optional<String> movedFile(Community community, String path) {
        try {
            return Attachments.pageOf(path)
                    .flatMap(page -> pages.movedTo(community.id(), page))
                    .map(now -> Attachments.movedWith(path, now));
        } catch (InvalidInputException notAPage) {
            return Optional.empty();
        }
    }

    @GetMapping("/c/{slug}/space/-/attachments/{*rest}")
    String files(
            @Permitted(Action.VIEW_SPACE) Community community, @PathVariable String rest, Actor actor, Model model) {
        Pages.PageContent page = pages.read(community.id(), SpaceAddress.path(rest));
        model.addAttribute("doc", page);
        model.addAttribute("links", PageActions.of(community.slug(), page.path()));
        model.addAttribute("current", true);
        addFiles(model, attachments, community, page.path(), null, !hiddenText.withheld(actor, community, page.path()));
        return "content/attachments";
    }

    @PostMapping("/c/{slug}/space/-/attach/{*rest}")
    @ShowFormOnError(
            value = "files",
            on = {InvalidInputException.class, TooLargeException.class, TooManyRequestsException.class})
    String attach(
            @Permitted(Action.EDIT_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) MultipartFile file,
            Author author) {
        String path = SpaceAddress.path(rest);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(
                    "file", file == null ? Text.of("content.files.choose") : Text.of("content.files.empty"));
        }
        attachments.attach(community.id(), path, file.getOriginalFilename(), bytes(file), author);
        return "redirect:" + SpaceAddress.page(community.slug(), path) + "#files";
    }

    @PostMapping("/c/{slug}/space/-/detach/{*rest}")
    String remove(@Permitted(Action.EDIT_PAGE) Community community, @PathVariable String rest, Author author) {
        String path = AttachmentAddress.path(rest);
        attachments.remove(community.id(), path, author);
        String page = Attachments.pageOf(path).orElseThrow();
        return "redirect:" + SpaceAddress.page(community.slug(), page) + "#files";
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
