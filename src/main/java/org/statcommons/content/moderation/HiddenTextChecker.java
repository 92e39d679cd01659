package org.statcommons.content.moderation;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageVersion;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The one answer, for every member view and API of a space and its proposals, to "may this person read this
 * page's text?": not when a moderator hid the page, in any of its versions (history, comparisons, old versions,
 * its files, proposed changes), unless they moderate the community and must judge it. Views show the notice
 * instead; raw text and files answer 404.
 */
@Component
public class HiddenTextChecker {

    private final HiddenPages hiddenPages;
    private final Permissions permissions;

    HiddenTextChecker(HiddenPages hiddenPages, Permissions permissions) {
        this.hiddenPages = hiddenPages;
        this.permissions = permissions;
    }

    /** The page as it is now. */
    public boolean hidden(Community community, String path) {
        return hiddenPages.hidden(community.id(), path);
    }

    /** The page as it was in a version, following its moves since. */
    public boolean hidden(Community community, PageVersion version) {
        return hiddenPages.hidden(community.id(), version);
    }

    /** True when the page is hidden and this person does not moderate: show the notice, not the text. */
    public boolean withheld(Actor actor, Community community, String path) {
        return withheld(actor, community, hidden(community, path));
    }

    /** {@link #withheld(Actor, Community, String)} for a version ({@code commitId} null: now). */
    public boolean withheld(Actor actor, Community community, String commitId, String path) {
        return withheld(
                actor,
                community,
                commitId == null ? hidden(community, path) : hidden(community, new PageVersion(commitId, path)));
    }

    /** {@link #withheld(Actor, Community, String)} when the caller already knows whether the page is hidden. */
    public boolean withheld(Actor actor, Community community, boolean hidden) {
        return hidden && !moderates(actor, community.id());
    }

    /**
     * The pages of the space, as they are now, whose text is withheld from this person: one query for a whole
     * listing instead of one per page.
     */
    public Set<String> withheldPaths(Actor actor, long communityId) {
        return moderates(actor, communityId) ? Set.of() : hiddenPages.of(communityId);
    }

    /** Refuses with 404, as if the page were not there, when its text is withheld from this person. */
    public void require(Actor actor, Community community, String commitId, String path) {
        if (withheld(actor, community, commitId, path)) {
            throw new NotFoundException(Text.of("content.hidden"));
        }
    }

    /** The file, unless it belongs to a page whose text is withheld from this person (then 404). */
    public Attachments.Stored file(Actor actor, Community community, Attachments.Stored stored, String commitId) {
        require(actor, community, commitId, stored.attachment().pagePath());
        return stored;
    }

    private boolean moderates(Actor actor, long communityId) {
        return permissions.may(actor, Action.MODERATE_CONTENT, communityId);
    }
}
