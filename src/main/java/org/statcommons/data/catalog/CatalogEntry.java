package org.statcommons.data.catalog;

import java.time.Instant;
import org.statcommons.data.Dataset;

/**
 * A released dataset as the open catalogues (DCAT-AP, CKAN) describe it.
 *
 * @param issued   when its first release went out
 * @param modified when it last changed: its description or a release that went out since
 * @param hasData  its latest public release has stored data, so its downloads and the data API answer
 */
public record CatalogEntry(Dataset dataset, Instant issued, Instant modified, boolean hasData) {}
