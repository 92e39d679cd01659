package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;

/**
 * The community screens name a role or a joining policy by a key built from its enum name
 * ({@code community.role-name.MEMBER}), and an invitation by its state, which BundlesTests cannot see in the templates: every value has its text,
 * the English one being the label the code still writes in the audit log.
 */
class NamesInBundlesTests {

    @Test
    void everyRoleAndJoiningPolicyHasItsNameInTheBundles() {
        Map<String, String> english = Bundles.bundled().patterns(Language.ENGLISH);
        for (CommunityRole role : CommunityRole.values()) {
            assertThat(english).containsEntry("community.role-name." + role.name(), role.label());
        }
        for (JoinPolicy policy : JoinPolicy.values()) {
            assertThat(english).containsEntry("community.join-policy." + policy.name(), policy.label());
        }
        // Invitation.state(now): the table of sent invitations names it the same way
        for (String state : List.of("pending", "accepted", "revoked", "expired")) {
            assertThat(english).containsEntry("community.invitation-state." + state, state);
        }
    }
}
