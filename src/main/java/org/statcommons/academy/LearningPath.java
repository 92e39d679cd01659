package org.statcommons.academy;

import java.util.List;

/** A community's learning path: its title, for whom ({@code audience}), and its courses in order (by id). */
record LearningPath(long id, long communityId, String title, String audience, List<Long> courseIds) {}
