package org.statcommons.community;

import java.util.List;

/**
 * A section another feature adds to a community screen: its heading, its first links, what to say when there are
 * none, and where the whole list is.
 *
 * @param order where it goes among the sections (lower first)
 * @param more  the link to everything, or null
 */
public record ListedSection(int order, String heading, List<ListedLink> links, String empty, ListedLink more) {

    public ListedSection {
        links = List.copyOf(links);
    }
}
