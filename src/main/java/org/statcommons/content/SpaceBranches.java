package org.statcommons.content;

/** The refs of a space: main holds what members see; proposals will live under refs/proposals/. */
public final class SpaceBranches {

    public static final String MAIN = "refs/heads/main";
    public static final String PROPOSALS = "refs/proposals/";

    private SpaceBranches() {
    }
}
