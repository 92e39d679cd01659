package org.statcommons.content.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.lib.ObjectId;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SaveResult;
import org.statcommons.content.space.HistoryReader;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.PageFile;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * An edit conflict as people read it: who saved the page meanwhile and when, the title as a field, and the page
 * passage by passage, the conflicting ones side by side, rendered, each with "keep mine / keep theirs / edit". The
 * screen's form carries the version the person started from and their text, so a submit splits the same three
 * versions again and keeps what was chosen: no conflict markers ever reach a page.
 */
@Component
class ConflictPresenter {

    private final Pages pages;
    private final HistoryReader history;
    private final PageRenderer renderer;
    private final PageLinker linker;

    ConflictPresenter(Pages pages, HistoryReader history, PageRenderer renderer, PageLinker linker) {
        this.pages = pages;
        this.history = history;
        this.renderer = renderer;
        this.linker = linker;
    }

    /** The conflict screen: {@code startCommit} is the version the person started from (blank for a new page). */
    Conflict present(Community community, SaveResult.Conflicted conflict, String startCommit, String myTitle) {
        PageFile mine = PageFile.parse(conflict.yours());
        String path = conflict.path().value();
        if (conflict.theirs().isEmpty()) {
            // deleted or moved meanwhile: nothing to choose between, the person's text stays in the editor
            return new Conflict(conflict.reason(), null, null, myTitle, null, startCommit, mine.body(), List.of());
        }
        PageFile theirs = PageFile.parse(conflict.theirs());
        PageFile base = base(community, startCommit, path);
        String theirTitle = theirs.title(conflict.path());
        String baseTitle = base == null ? null : base.title(conflict.path());
        String title = theirTitle.equals(baseTitle) ? myTitle : myTitle.equals(baseTitle) ? theirTitle : myTitle;
        PageLinks links = linker.forMembers(community);
        List<Shown> shown = new ArrayList<>();
        int conflicts = 0;
        for (PassageSplitter.Passage passage :
                PassageSplitter.split(base == null ? "" : base.body(), mine.body(), theirs.body())) {
            if (passage.conflict()) {
                shown.add(new Shown(
                        conflicts++,
                        null,
                        passage.mine(),
                        render(passage.mine(), path, links),
                        render(passage.theirs(), path, links)));
            } else {
                shown.add(new Shown(-1, render(passage.common(), path, links), null, null, null));
            }
        }
        PageChange last = history.ofPage(community.id(), path, 1, 1).items().stream()
                .findFirst()
                .orElse(null);
        return new Conflict(
                conflict.reason(),
                last == null ? null : last.commit().authorName(),
                last == null ? null : last.commit().authoredAt(),
                title,
                theirTitle.equals(myTitle) || theirTitle.equals(baseTitle) || myTitle.equals(baseTitle)
                        ? null
                        : theirTitle,
                startCommit,
                mine.body(),
                shown);
    }

    /**
     * The text the person keeps: their text and the page at {@code headCommit} split again against where they
     * started, each conflicting passage replaced by the choice {@code choice-N} ({@code mine}, {@code theirs} or
     * {@code edit}, with the text of {@code edited-N}).
     */
    String resolve(
            Community community,
            String path,
            String startCommit,
            String headCommit,
            String mine,
            UnaryOperator<String> parameters) {
        PageFile base = base(community, startCommit, path);
        String theirs;
        try {
            theirs = pages.read(community.id(), new PageVersion(version(headCommit), path))
                    .body();
        } catch (NotFoundException gone) {
            // the page was deleted meanwhile: the person's text re-creates it
            return mine;
        }
        List<PassageSplitter.Passage> passages =
                PassageSplitter.split(base == null ? "" : base.body(), normalised(mine), theirs);
        List<PassageSplitter.Choice> choices = new ArrayList<>();
        for (int i = 0; i < PassageSplitter.conflicts(passages); i++) {
            String keep = parameters.apply("choice-" + i);
            choices.add(new PassageSplitter.Choice(
                    "theirs".equals(keep)
                            ? PassageSplitter.Keep.THEIRS
                            : "edit".equals(keep) ? PassageSplitter.Keep.EDITED : PassageSplitter.Keep.MINE,
                    parameters.apply("edited-" + i)));
        }
        return PassageSplitter.resolve(passages, choices);
    }

    private PageFile base(Community community, String startCommit, String path) {
        if (startCommit == null || startCommit.isBlank()) {
            return null;
        }
        try {
            Pages.PageContent page = pages.read(community.id(), new PageVersion(version(startCommit), path));
            return PageFile.of(page.title(), page.body());
        } catch (NotFoundException notThereThen) {
            return null;
        }
    }

    private static String version(String commit) {
        String id = commit == null ? "" : commit.strip();
        if (!ObjectId.isId(id)) {
            throw new InvalidInputException("baseCommit", Text.of("content.not-a-version"));
        }
        return id;
    }

    private static String normalised(String typed) {
        return typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
    }

    private String render(String markdown, String path, PageLinks links) {
        return renderer.render(markdown, path, links).html();
    }

    /**
     * A conflict as the edit page shows it. {@code otherName} and {@code otherAt} say who saved the page last and
     * when; {@code theirTitle} is set when the title itself conflicts; {@code passages} is empty when the page was
     * deleted or moved meanwhile.
     */
    record Conflict(
            Text reason,
            String otherName,
            Instant otherAt,
            String title,
            String theirTitle,
            String startCommit,
            String mine,
            List<Shown> passages) {}

    /**
     * One passage on the screen: {@code common} HTML both sides agree on, or conflict number {@code index} with the
     * person's Markdown (to edit) and both versions rendered.
     */
    record Shown(int index, String common, String mine, String mineHtml, String theirsHtml) {
        public boolean conflict() {
            return index >= 0;
        }
    }
}
