package org.statcommons.outputs;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.access.Action;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.text.WordDiff;

/**
 * The endorsed version of an output whose page is published, for anyone (the published page's banner links here): its
 * text as endorsed, and the lines that differ in the published version. The space's own screens of versions and
 * comparisons are for members; what the community published and what its body endorsed are public together, so this
 * screen shows nothing the community has not made public. A page not published (or hidden by a moderator), or an
 * output not endorsed, is not found.
 */
@Controller
@CommunityTab("about")
class EndorsedVersionController {

    /** A line that differs: {@code added}, {@code removed} or {@code changed} (old text, then new). */
    record ChangedLine(String kind, int oldNumber, int newNumber, String oldText, String newText) {}

    private final Outputs outputs;
    private final Publications publications;
    private final Pages pages;
    private final Markdown markdown;

    EndorsedVersionController(Outputs outputs, Publications publications, Pages pages, Markdown markdown) {
        this.outputs = outputs;
        this.publications = publications;
        this.pages = pages;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/outputs/{id}/endorsed")
    String endorsed(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Model model) {
        Output output = outputs.byId(id)
                .filter(o -> o.communityId() == community.id() && o.stage().endorsed())
                .orElseThrow(() -> new NotFoundException(Text.of("outputs.none")));
        Publications.Marks marks = publications.marks(community.id(), output.path());
        if (marks.hidden() || marks.published().isEmpty()) {
            throw new NotFoundException(Text.of("outputs.endorsed.not-public"));
        }
        Publications.Published published = marks.published().get();
        Pages.PageContent endorsed =
                pages.read(community.id(), new PageVersion(output.endorsedCommit(), output.path()));
        Pages.PageContent now = pages.read(community.id(), new PageVersion(published.commitId(), published.path()));
        List<ChangedLine> changes = WordDiff.lines(endorsed.body(), now.body()).stream()
                .filter(l -> l.kind() != WordDiff.Kind.SAME)
                .map(l -> new ChangedLine(
                        l.kind().name().toLowerCase(java.util.Locale.ROOT),
                        l.oldNumber(),
                        l.newNumber(),
                        WordDiff.text(l.oldSpans()),
                        WordDiff.text(l.newSpans())))
                .toList();
        model.addAttribute("output", output);
        model.addAttribute("title", endorsed.title());
        model.addAttribute("html", markdown.toHtml(endorsed.body()));
        model.addAttribute("changes", changes);
        model.addAttribute("same", output.endorsedBlob().equals(published.blobId()));
        model.addAttribute("publishedHref", PageAddress.published(community.slug(), published.path()));
        return "outputs/endorsed";
    }
}
