package org.statcommons.content;

import org.statcommons.platform.Text;

/**
 * What became of a save. Callers branch on {@link #outcome()} (Java 17: no pattern matching in switch);
 * a {@link Conflicted} save wrote nothing and hands back everything needed to resolve it.
 */
public sealed interface SaveResult permits SaveResult.Saved, SaveResult.Conflicted {

    Outcome outcome();

    enum Outcome {
        /** Saved on top of the version the person edited. */
        SAVED,
        /** Someone else saved in between; the two edits merged cleanly and the merge was saved. */
        MERGED,
        /** The page already had exactly this content; no commit was made. */
        UNCHANGED,
        /** Someone else changed the same lines; nothing was saved. */
        CONFLICT
    }

    /** The commit that now holds the page (the existing head when unchanged). */
    record Saved(Outcome outcome, String commitId, SpacePath path) implements SaveResult {}

    /**
     * Nothing was saved. {@code yours} is the person's text, untouched; {@code theirs} is the page as it is
     * now at {@code headCommit}; {@code marked} is the three-way merge with conflict markers
     * ({@code <<<<<<< yours}, {@code =======}, {@code >>>>>>> theirs}). Saving again with
     * {@code headCommit} as the base replaces the page. {@code theirs} is empty when the page was deleted
     * or moved meanwhile.
     */
    record Conflicted(String headCommit, SpacePath path, String yours, String theirs, String marked, Text reason)
            implements SaveResult {
        @Override
        public Outcome outcome() {
            return Outcome.CONFLICT;
        }
    }
}
