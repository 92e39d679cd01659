package org.statcommons.notifications;

import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;

/** One community's part of a digest, its notices grouped by kind. */
record DigestSection(String communityName, List<Group> groups) {

    /** The notices of one kind, headed by the kind's name in the recipient's language. */
    record Group(ActivityKind kind, List<Line> lines) {}

    /** A notice's line: its English title as stored, and its key and arguments (null for an old notice). */
    record Line(String title, Text titleText, String link) {}
}
