package org.statcommons.content;

import java.util.List;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * The passages of a page version as a reader sees it, from the rendering the page view uses (remembered per version,
 * so asking costs nothing more once the page was read). Other features (comments) anchor to these passages without
 * reading content's tables or parsing its HTML.
 */
public interface PagePassages {

    /**
     * The passages of this version for this reader; empty when the page could not be formatted (it is then shown as
     * written) or its text is withheld from the reader (hidden by a moderator). Not found when there is no such page
     * or version.
     */
    List<Passage> of(Community community, Actor actor, PageVersion version);
}
