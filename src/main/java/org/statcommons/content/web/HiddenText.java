package org.statcommons.content.web;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Attachments;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageVersion;
import org.statcommons.platform.NotFoundException;

/**
 * The one answer, for every member view and API of a space, to "may this person read this page's text?": not
 * when a moderator hid the page, in any of its versions (history, comparisons, old versions, its files), unless
 * they moderate the community and must judge it. Views show the notice instead; raw text and files answer 404.
 */
@Component
class HiddenText {

    private final HiddenPages hiddenPages;
    private final Permissions permissions;

    HiddenText(HiddenPages hiddenPages, Permissions permissions) {
        this.hiddenPages = hiddenPages;
        this.permissions = permissions;
    }

    /** The page as it is now. */
    boolean hidden(Community community, String path) {
        return hiddenPages.hidden(community.id(), path);
    }

    /** The page as it was in a version, following its moves since. */
    boolean hidden(Community community, PageVersion version) {
        return hiddenPages.hidden(community.id(), version);
    }

    /** True when the page is hidden and this person does not moderate: show the notice, not the text. */
    boolean withheld(Actor actor, Community community, String path) {
        return hidden(community, path) && !moderates(actor, community);
    }

    /** {@link #withheld(Actor, Community, String)} for a version ({@code commitId} null: now). */
    boolean withheld(Actor actor, Community community, String commitId, String path) {
        boolean hidden = commitId == null ? hidden(community, path) : hidden(community, new PageVersion(commitId, path));
        return hidden && !moderates(actor, community);
    }

    /** Refuses with 404, as if the page were not there, when its text is withheld from this person. */
    void require(Actor actor, Community community, String commitId, String path) {
        if (withheld(actor, community, commitId, path)) {
            throw new NotFoundException("A moderator has hidden this page.");
        }
    }

    /** The file, unless it belongs to a page whose text is withheld from this person (then 404). */
    Attachments.Stored file(Actor actor, Community community, Attachments.Stored stored, String commitId) {
        require(actor, community, commitId, stored.attachment().pagePath());
        return stored;
    }

    private boolean moderates(Actor actor, Community community) {
        return permissions.may(actor, Action.MODERATE_CONTENT, community.id());
    }
}
