package org.statcommons.activity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Visibility;

/**
 * One page of a community's stream as one reader may see it: those who may see the members' area get the
 * members' lines too, everyone else the public ones. Shared by the page and the API.
 */
@Component
class ActivityStream {

    static final int PAGE_SIZE = 50;

    /** A page of lines, and the cursor for the next (older) page when there is one. */
    record Shown(List<ActivityLine> lines, Long older, boolean membersPart) {
    }

    private final ActivityLines lines;
    private final Permissions permissions;

    ActivityStream(ActivityLines lines, Permissions permissions) {
        this.lines = lines;
        this.permissions = permissions;
    }

    /** The caller has already checked that the actor may see the community's landing page. */
    Shown read(Actor actor, Community community, Set<ActivityKind> kinds, Long before) {
        boolean members = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        Set<Visibility> visible = members ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS) : EnumSet.of(Visibility.PUBLIC);
        Set<ActivityKind> asked = kinds.isEmpty() ? EnumSet.allOf(ActivityKind.class) : kinds;
        // one more than shown tells whether an older page exists
        List<ActivityLine> found = lines.page(community.id(), visible, asked, before, PAGE_SIZE + 1);
        List<ActivityLine> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        Long older = found.size() > PAGE_SIZE ? shown.get(shown.size() - 1).id() : null;
        return new Shown(shown, older, members);
    }

    /** The public part only, newest first: what the Atom feed carries. */
    List<ActivityLine> publicLines(Community community, int size) {
        return lines.page(community.id(), EnumSet.of(Visibility.PUBLIC), EnumSet.allOf(ActivityKind.class), null, size);
    }

    /** Kinds as named in a filter ({@code ?kind=PAGE_PUBLISHED}); an unknown name is refused with a message. */
    static Set<ActivityKind> kinds(List<String> names) {
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                kinds.add(ActivityKind.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                unknown.add(name.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("kind", "Unknown kind of activity: " + String.join(", ", unknown)
                    + ". Known kinds: " + String.join(", ", EnumSet.allOf(ActivityKind.class).stream().map(Enum::name).toList()) + ".");
        }
        return kinds;
    }
}
