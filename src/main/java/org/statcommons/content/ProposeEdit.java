package org.statcommons.content;

import org.springframework.stereotype.Service;
import org.statcommons.access.Actor;
import org.statcommons.content.proposals.ProposeChange;

/**
 * Opens a proposal holding one page edit, for another feature that writes a page people may have edited since it
 * was last written (the annual progress report generated again): the edit waits for a review instead of replacing
 * their words. The proposals' own use case asks the policy ({@code PROPOSE_CHANGE}) and checks the edit.
 */
@Service
public class ProposeEdit {

    private final ProposeChange proposeChange;

    ProposeEdit(ProposeChange proposeChange) {
        this.proposeChange = proposeChange;
    }

    /** The proposal's number; its address is {@link PageAddress#proposal}. */
    public long propose(Actor actor, Author author, long communityId, PageEdit edit, String title, String description) {
        return proposeChange
                .propose(actor, author, communityId, edit, title, description)
                .proposal()
                .id();
    }
}
