package org.statcommons.community;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * A section another feature adds to a community screen: its heading, its first links, what to say when there are
 * none, and where the whole list is. Its own words are bundle texts, put in the reader's language by the screen.
 *
 * @param order where it goes among the sections (lower first)
 * @param empty what to say when there are no links, or null to say nothing
 * @param more  the link to everything, or null
 */
public record ListedSection(int order, Text heading, List<ListedLink> links, Text empty, More more) {

    public ListedSection {
        links = List.copyOf(links);
    }

    /** The link to the whole list. */
    public record More(Text label, String href) {}
}
