package org.statcommons.notifications;

import java.util.List;
import org.statcommons.platform.activity.ActivityKind;

/** One community's part of a digest, its notices grouped by kind. */
record DigestSection(String communityName, List<Group> groups) {

    /** The notices of one kind, headed by the kind's name in the recipient's language. */
    record Group(ActivityKind kind, List<Line> lines) {}

    record Line(String title, String link) {}
}
