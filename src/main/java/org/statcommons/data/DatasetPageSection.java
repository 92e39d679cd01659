package org.statcommons.data;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * A part of a dataset's page added by another part of the feature, as {@link ReleaseConditions} adds conditions:
 * {@code data.ingest} adds the draft's data for its editors (uploading, the disclosure rules and the check's report).
 * Every bean of this type is asked, in order.
 */
public interface DatasetPageSection {

    /** What this reader sees of it, or empty. */
    Optional<Part> of(Actor actor, Community community, Dataset dataset);

    /**
     * A fragment of a template, inserted with its model.
     *
     * @param template the template holding a fragment {@code section(part)}, given {@code model} as {@code part}
     */
    record Part(String template, Object model) {}
}
