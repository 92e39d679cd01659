package org.statcommons.data;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * What must hold before a draft release may go out, told by the features that own a release's data: {@code data.ingest}
 * (the upload confirmed and validated: {@link Release#dataConfirmed()}) and {@code data.disclosure} (the check passed:
 * {@link Release#disclosurePassed()}). Every bean of this type is asked; a release goes out only when none names an
 * unmet condition. With none (a description without data), a release needs only a reviewer.
 */
public interface ReleaseConditions {

    /** What is still missing for this draft of this dataset, in the reader's words; empty when nothing is. */
    List<Text> unmet(Dataset dataset, Release draft);
}
