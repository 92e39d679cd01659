package org.statcommons.data;

import java.util.List;

/**
 * The names of a release's dimensions, told by {@code data.ingest}, which owns a release's structure: the site search
 * finds a dataset by them. Names only, never a code or a value of an observation.
 */
public interface ReleaseDimensions {

    /** The release's dimensions' names in order; empty when it has no stored data. */
    List<String> names(long releaseId);
}
