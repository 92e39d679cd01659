package org.statcommons.content.proposals;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.content.PageVersion;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.pages.CompareVersions;
import org.statcommons.content.pages.Comparison;

/** What the proposal pages and the API share: a proposal's changes as the reader may see them. */
@Component
class ProposalPresenter {

    private final ProposalBranches branches;
    private final CompareVersions compare;
    private final HiddenTextChecker hiddenText;

    ProposalPresenter(ProposalBranches branches, CompareVersions compare, HiddenTextChecker hiddenText) {
        this.branches = branches;
        this.compare = compare;
        this.hiddenText = hiddenText;
    }

    /**
     * One changed file with, for pages added or changed, the comparison with where the proposal started.
     *
     * @param hidden a moderator hid the page and the reader does not moderate: no comparison, only a notice
     */
    record FileDiff(ProposalBranches.ChangedFile file, Comparison comparison, boolean hidden) {}

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
                    Comparison comparison = hidden || !file.page() || file.change() == 'D'
                            ? null
                            : compare.compare(
                                    proposal.communityId(),
                                    file.change() == 'A' || changes.baseCommit() == null
                                            ? null
                                            : new PageVersion(changes.baseCommit(), file.path()),
                                    new PageVersion(changes.tipCommit(), file.path()));
                    return new FileDiff(file, comparison, hidden);
                })
                .toList();
    }
}
