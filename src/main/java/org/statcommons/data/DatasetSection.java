package org.statcommons.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * A part of a dataset's page written by another part of {@code data} (its chart, its download counts, the draft's data
 * for its editors: uploading, the disclosure rules and the check's report), as
 * {@link ReleaseConditions} lets the data parts speak before a release: this package lists them and knows none.
 * Beans are shown in their {@code @Order}.
 */
public interface DatasetSection {

    /**
     * The section for this reader, built from the page's query parameters (a chart's chosen codes), or empty when there
     * is nothing to show. {@code template} names a Thymeleaf template whose fragment {@code section} reads
     * {@code section} (the view) and {@code dataset}.
     */
    Optional<Shown> show(Actor actor, Community community, Dataset dataset, Map<String, List<String>> parameters);

    /** A section to include: its template and what it shows. */
    record Shown(String template, Object view) {}
}
