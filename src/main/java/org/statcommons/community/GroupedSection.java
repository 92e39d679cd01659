package org.statcommons.community;

import java.util.List;

/**
 * A section another feature adds to a community screen whose entries are shown in several groupings at once (member
 * organisations by kind, and by country).
 *
 * @param more the link to everything, or null
 */
public record GroupedSection(int order, String heading, String empty, List<Grouping> groupings, Entry more) {

    public GroupedSection {
        groupings = List.copyOf(groupings);
    }

    /** One way of grouping the entries ("By kind"), with its groups in order. */
    public record Grouping(String heading, List<Group> groups) {
        public Grouping {
            groups = List.copyOf(groups);
        }
    }

    /** One group ("Fiji", "National statistical office") and its entries. */
    public record Group(String heading, List<Entry> links) {
        public Group {
            links = List.copyOf(links);
        }
    }

    /**
     * One entry of a group, its words already in the reader's language.
     *
     * @param title  what people typed (an organisation's name), shown as typed
     * @param detail a second part (representatives' names), or empty
     */
    public record Entry(String title, String href, String detail) {}

    /** True when there is no entry in any group. */
    public boolean none() {
        return groupings.stream().allMatch(g -> g.groups().isEmpty());
    }
}
