package org.statcommons.community;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The organisation names typed into invitations (from a bulk list or a request), for the feature that matches free
 * text to organisation records: it may not read this feature's tables.
 */
@Component
public class InvitedOrganisations {

    private final Invitations invitations;

    InvitedOrganisations(Invitations invitations) {
        this.invitations = invitations;
    }

    /** Each name as typed, with the number of invitations that carry it. */
    public Map<String, Integer> names() {
        return invitations.organisationNames();
    }
}
