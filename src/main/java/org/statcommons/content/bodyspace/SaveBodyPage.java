package org.statcommons.content.bodyspace;

import org.springframework.stereotype.Service;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.BodySpace;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;

/**
 * Saves a page of a body's members-only space, as {@link SavePage} saves one of the community's (one commit on the
 * space's main, merged three ways when someone saved meanwhile, a conflict saving nothing), for the body's members and
 * the secretariat only ({@link Action#EDIT_BODY_SPACE}, asked again here). Not {@code @Transactional}: the space's
 * writer runs the save in a transaction of its own, and plans it again when main moved, which it can only do outside
 * of one. Nothing is published to the activity stream: a body's space has no audience beyond its members, who see
 * its history.
 */
@Service
class SaveBodyPage {

    private final BodySpaces spaces;
    private final SetUpSpace setup;
    private final SavePage save;

    SaveBodyPage(BodySpaces spaces, SetUpSpace setup, SavePage save) {
        this.spaces = spaces;
        this.setup = setup;
        this.save = save;
    }

    SaveResult save(Actor actor, Community community, long bodyId, PageEdit edit, Author author) {
        BodySpace space = spaces.require(actor, Action.EDIT_BODY_SPACE, community, bodyId);
        setup.ensureBodySpace(space);
        return save.save(space.key(), edit, author);
    }
}
