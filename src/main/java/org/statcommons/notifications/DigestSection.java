package org.statcommons.notifications;

import java.util.List;

/** One community's part of a digest, its notices grouped by kind. */
record DigestSection(String communityName, List<Group> groups) {

    record Group(String label, List<Line> lines) {}

    record Line(String title, String link) {}
}
