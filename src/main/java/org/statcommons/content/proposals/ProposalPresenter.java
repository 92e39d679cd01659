package org.statcommons.content.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.pages.CompareVersions;
import org.statcommons.content.pages.Comparison;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.text.WordDiff;
import org.statcommons.platform.text.WordDiff.Passage;
import org.statcommons.platform.text.WordDiff.Piece;

/** What the proposal pages and the API share: a proposal's changes as the reader may see them. */
@Component
class ProposalPresenter {

    private final ProposalBranches branches;
    private final CompareVersions compare;
    private final HiddenTextChecker hiddenText;
    private final Pages pages;
    private final Markdown markdown;

    ProposalPresenter(
            ProposalBranches branches,
            CompareVersions compare,
            HiddenTextChecker hiddenText,
            Pages pages,
            Markdown markdown) {
        this.branches = branches;
        this.compare = compare;
        this.hiddenText = hiddenText;
        this.pages = pages;
        this.markdown = markdown;
    }

    /**
     * One changed file as people read it: for a page changed, its changed passages with the changed words
     * marked; for a page added, the page as it will read.
     *
     * @param hidden a moderator hid the page and the reader does not moderate: no text, only a notice
     * @param more changed lines left out beyond {@link #MAX_LINES}
     */
    record FileDiff(
            ProposalBranches.ChangedFile file, List<Passage> passages, int more, String addedHtml, boolean hidden) {}

    /** Beyond this many changed lines a page's passages are counted, not shown: the screen stays small to read. */
    static final int MAX_LINES = 300;

    /** The proposal's version now (its branch's commit); "not found" when the branch is gone. */
    String tip(Proposal proposal) {
        return branches.tip(proposal.communityId(), proposal.branch())
                .orElseThrow(() -> new NotFoundException(Text.of("proposals.pages-gone")));
    }

    /**
     * Where the proposal stands, naming who took it there: "Changes requested by Ben Laurent", "Accepted by …",
     * "Closed by …" (the person of the latest such step, never the author for a reviewer's step).
     */
    Text statusLine(Proposal proposal, List<Proposal.Event> events) {
        String by = "";
        for (Proposal.Event event : events) {
            if (event.kind().equals(proposal.status().name())) {
                by = event.personName();
            }
        }
        return switch (proposal.status()) {
            case OPEN -> Text.of("proposals.line.open");
            case CHANGES_REQUESTED ->
                by.isEmpty()
                        ? Text.of("proposals.line.changes-requested")
                        : Text.of("proposals.line.changes-requested-by", by);
            case APPROVED ->
                by.isEmpty() ? Text.of("proposals.line.approved") : Text.of("proposals.line.approved-by", by);
            case MERGED -> by.isEmpty() ? Text.of("proposals.line.merged") : Text.of("proposals.line.merged-by", by);
            case CLOSED -> by.isEmpty() ? Text.of("proposals.line.closed") : Text.of("proposals.line.closed-by", by);
        };
    }

    /** The proposal's changes as the reader may see them, empty when its branch is gone. */
    List<FileDiff> diffs(Proposal proposal, Actor reader) {
        if (branches.tip(proposal.communityId(), proposal.branch()).isEmpty()) {
            return List.of();
        }
        ProposalBranches.ProposedChanges changes = branches.changes(proposal.communityId(), proposal.branch());
        Set<String> withheld = hiddenText.withheldPaths(reader, proposal.communityId());
        return changes.files().stream()
                .map(file -> {
                    boolean hidden = file.page() && withheld.contains(file.path());
                    if (hidden || !file.page() || file.change() == 'D') {
                        return new FileDiff(file, List.of(), 0, null, hidden);
                    }
                    PageVersion now = new PageVersion(changes.tipCommit(), file.path());
                    if (file.change() == 'A' || changes.baseCommit() == null) {
                        String body = pages.read(proposal.communityId(), now).body();
                        return new FileDiff(file, List.of(), 0, markdown.toHtml(body), false);
                    }
                    Comparison comparison = compare.compare(
                            proposal.communityId(), new PageVersion(changes.baseCommit(), file.path()), now);
                    List<Passage> passages = passages(comparison.lines());
                    List<Passage> shown = shown(passages);
                    return new FileDiff(file, shown, lines(passages) - lines(shown), null, false);
                })
                .toList();
    }

    /** The passages that fit in {@link #MAX_LINES} lines, the last one cut if it is longer. */
    static List<Passage> shown(List<Passage> passages) {
        List<Passage> shown = new ArrayList<>();
        int room = MAX_LINES;
        for (Passage passage : passages) {
            if (room <= 0) {
                break;
            }
            List<List<Piece>> lines = passage.lines();
            shown.add(lines.size() <= room ? passage : new Passage(List.copyOf(lines.subList(0, room))));
            room -= lines.size();
        }
        return shown;
    }

    private static int lines(List<Passage> passages) {
        return passages.stream().mapToInt(passage -> passage.lines().size()).sum();
    }

    /**
     * The changed passages of a comparison: runs of changed lines, the front matter left out but for a changed
     * title, which reads as one.
     */
    static List<Passage> passages(List<WordDiff.Line> lines) {
        int oldEnd = frontMatterEnd(lines, true);
        int newEnd = frontMatterEnd(lines, false);
        List<Passage> passages = new ArrayList<>();
        List<List<Piece>> current = new ArrayList<>();
        for (WordDiff.Line line : lines) {
            boolean inFrontMatter = (line.oldNumber() > 0 && line.oldNumber() <= oldEnd)
                    || (line.newNumber() > 0 && line.newNumber() <= newEnd);
            if (line.kind() == WordDiff.Kind.SAME || (inFrontMatter && !isTitle(line))) {
                if (!current.isEmpty()) {
                    passages.add(new Passage(List.copyOf(current)));
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(pieces(line, inFrontMatter));
        }
        if (!current.isEmpty()) {
            passages.add(new Passage(List.copyOf(current)));
        }
        return passages;
    }

    /** The last line number of the front matter on one side ({@code old} or new), 0 when there is none. */
    private static int frontMatterEnd(List<WordDiff.Line> lines, boolean old) {
        for (WordDiff.Line line : lines) {
            int at = old ? line.oldNumber() : line.newNumber();
            if (at == 0) {
                continue;
            }
            String text = WordDiff.text(old ? line.oldSpans() : line.newSpans()).strip();
            if (at == 1 && !text.equals("---")) {
                return 0;
            }
            if (at > 1 && text.equals("---")) {
                return at;
            }
        }
        return 0;
    }

    private static boolean isTitle(WordDiff.Line line) {
        return WordDiff.text(line.newSpans()).startsWith("title:")
                || WordDiff.text(line.oldSpans()).startsWith("title:");
    }

    /** One changed line as a single run ({@link WordDiff#pieces}), a title read as "Title: …". */
    static List<Piece> pieces(WordDiff.Line line, boolean title) {
        if (!title) {
            return WordDiff.pieces(line.kind(), line.oldSpans(), line.newSpans());
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece("same", "Title: "));
        pieces.addAll(WordDiff.pieces(line.kind(), withoutTitleKey(line.oldSpans()), withoutTitleKey(line.newSpans())));
        return pieces;
    }

    private static List<WordDiff.Span> withoutTitleKey(List<WordDiff.Span> spans) {
        List<WordDiff.Span> rest = new ArrayList<>();
        String skip = "title:";
        for (WordDiff.Span span : spans) {
            String text = span.text();
            if (!skip.isEmpty()) {
                int cut = Math.min(skip.length(), text.length());
                if (text.startsWith(skip.substring(0, cut))) {
                    skip = skip.substring(cut);
                    text = text.substring(cut);
                }
            }
            if (skip.isEmpty() && rest.isEmpty()) {
                text = text.stripLeading();
            }
            if (!text.isEmpty()) {
                rest.add(new WordDiff.Span(text, span.changed()));
            }
        }
        return rest;
    }
}
