package org.statcommons.content.space;

/**
 * The refs of a space: main holds what members see; proposals are branches under refs/heads/proposals/ (see
 * ProposalBranches); refs/published/ keeps the published versions of pages that moved (see PublishedVersions).
 */
public final class SpaceBranches {

    public static final String MAIN = "refs/heads/main";
    public static final String PROPOSALS = "refs/heads/proposals/";
    public static final String PUBLISHED = "refs/published/";

    private SpaceBranches() {}
}
