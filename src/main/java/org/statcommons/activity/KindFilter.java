package org.statcommons.activity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;

/** The kinds of activity a reader asked for ({@code ?kind=PAGE_PUBLISHED&kind=…}); none chosen means every kind. */
record KindFilter(Set<ActivityKind> chosen) {

    KindFilter {
        chosen = chosen.isEmpty() ? EnumSet.noneOf(ActivityKind.class) : EnumSet.copyOf(chosen);
    }

    /** The kinds as named in the address; an unknown name is refused with the list of known ones. */
    static KindFilter parse(List<String> names) {
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
            throw new InvalidInputException(
                    "kind",
                    Text.of(
                            "activity.kind.unknown",
                            String.join(", ", unknown),
                            String.join(
                                    ", ",
                                    EnumSet.allOf(ActivityKind.class).stream()
                                            .map(Enum::name)
                                            .toList())));
        }
        return new KindFilter(kinds);
    }

    /** The kinds to read: the chosen ones, or all. */
    Set<ActivityKind> asked() {
        return chosen.isEmpty() ? EnumSet.allOf(ActivityKind.class) : chosen;
    }

    /** The chosen kinds' names, for the link to the next page. */
    List<String> names() {
        return chosen.stream().map(Enum::name).toList();
    }
}
