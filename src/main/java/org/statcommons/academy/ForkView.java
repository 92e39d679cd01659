package org.statcommons.academy;

import java.util.List;

/**
 * What a fork's screens show of its origin: the attribution (the origin's title and licence when forked, its
 * community, its address on this site), how far the fork stands from the origin's main now ({@code newChanges}: the
 * origin's commits it lacks; {@code ahead}: its own the origin lacks), for a translation the episodes the origin
 * changed since the translation's base or its last upstream merge, and what this reader may do about it. How the origin
 * stands now ({@code standingKnown}; else none, zero and nothing allowed) is found for the screens that show it only,
 * and told only to a reader of the origin: a fork's reader who may not read a members-only origin learns nothing of its
 * later changes.
 */
record ForkView(
        CourseFork fork,
        String originCommunitySlug,
        String originName,
        String originCommunityName,
        String originAddress,
        String originLink,
        boolean standingKnown,
        int newChanges,
        int ahead,
        List<String> outOfDate,
        boolean mayUpdate,
        boolean mayContribute) {}
