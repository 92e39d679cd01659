package org.statcommons.content;

/** The refs of a space: main holds what members see; proposals are branches under refs/heads/proposals/ (see ProposalBranches). */
public final class SpaceBranches {

    public static final String MAIN = "refs/heads/main";
    public static final String PROPOSALS = "refs/heads/proposals/";

    private SpaceBranches() {
    }
}
