package org.statcommons.data;

import java.time.Instant;
import java.util.List;

/**
 * A dataset's page as its reader sees it.
 *
 * @param methodologyLink the methodology page's address in the community's space, or null
 * @param drafts          the releases' drafts the reader may release (for the release form)
 * @param scheduled       the scheduled releases the reader may take back to draft
 * @param sections        what the data parts add (chart, download counts, the draft's data), in order ({@link DatasetSection})
 */
record DatasetView(
        Dataset dataset,
        List<ReleaseLine> releases,
        OpenDataChecklist checklist,
        String methodologyLink,
        boolean released,
        boolean mayEdit,
        boolean mayRelease,
        List<Release> drafts,
        List<Release> scheduled,
        List<DatasetSection.Shown> sections,
        CataloguePage.Origin origin) {

    /** A release as listed, with its state at the time of reading. */
    record ReleaseLine(Release release, ReleaseState state, Instant at) {}

    public int score() {
        return checklist.score();
    }
}
