package org.statcommons.content.space;

import java.util.List;
import org.statcommons.content.ChangedPath;

/** A commit of the space and every path it changed. */
public record SpaceChange(SpaceCommit commit, List<ChangedPath> paths) {}
