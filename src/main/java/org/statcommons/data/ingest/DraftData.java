package org.statcommons.data.ingest;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * The draft's data on a dataset's page, for its editors: where to upload (and the browser's limit), the uploads not
 * stored yet, the disclosure rules as a form, and the last check's report.
 *
 * @param draftNumber    the number of the draft an upload goes into, or null when there is none
 * @param check          the draft's last disclosure check, or null
 * @param originalsKept  the draft's original values are still kept, so the rules can be changed and checked again
 */
public record DraftData(
        String slug,
        long datasetId,
        Integer draftNumber,
        Text uploadLimit,
        List<Upload> pending,
        DisclosureRulesForm rules,
        DisclosureCheck check,
        boolean originalsKept) {

    public DraftData {
        pending = List.copyOf(pending);
    }
}
