package org.statcommons.content.publishing;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.attachments.AttachmentAddress;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.attachments.FileResponses;
import org.statcommons.content.pages.PageLinker;
import org.statcommons.content.pages.PageRenderer;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Files of published pages, for anyone: a file is public when its page is published and the published
 * version links to it or shows it, and it is served as it was in that version. Every other file (of a private
 * page, not linked, attached after publishing) answers 404, like a page that is not published.
 */
@Controller
class PublicFilesController {

    private final Communities communities;
    private final Publications publications;
    private final Pages pages;
    private final Attachments attachments;
    private final PageRenderer renderer;
    private final PageLinker linker;

    PublicFilesController(
            Communities communities,
            Publications publications,
            Pages pages,
            Attachments attachments,
            PageRenderer renderer,
            PageLinker linker) {
        this.communities = communities;
        this.publications = publications;
        this.pages = pages;
        this.attachments = attachments;
        this.renderer = renderer;
        this.linker = linker;
    }

    @GetMapping("/c/{slug}/p/-/files/{*rest}")
    ResponseEntity<byte[]> open(
            @PathVariable String slug,
            @PathVariable String rest,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Community community = communities.require(slug);
        String path = AttachmentAddress.path(rest);
        NotFoundException notPublic = new NotFoundException(Text.of("content.public.no-file"));
        String page = Attachments.pageOf(path).orElseThrow(() -> notPublic);
        Optional<Publications.Published> found = publications.published(community.id(), page);
        if (found.isEmpty()) {
            // the files of a published page that moved went with it
            return publications
                    .movedTo(community.id(), page)
                    .map(now -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                            .location(URI.create(
                                    AttachmentAddress.published(community.slug(), Attachments.movedWith(path, now))))
                            .<byte[]>build())
                    .orElseThrow(() -> notPublic);
        }
        Publications.Published published = found.get();
        if (!referenced(community, published).contains(path)) {
            throw notPublic;
        }
        return FileResponses.send(attachments.read(community.id(), path, published.commitId()), ifNoneMatch, true);
    }

    /** The files the published version links to or shows, resolved as the public page resolves them. */
    private Set<String> referenced(Community community, Publications.Published published) {
        Pages.PageContent content = pages.read(community.id(), new PageVersion(published.commitId(), published.path()));
        return renderer.render(content.blobId(), content.body(), content.path(), linker.forPublic(community))
                .files();
    }
}
