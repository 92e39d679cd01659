package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.Text;

/**
 * The e-mailed link confirms the address of a request for an invitation: the request then waits for the
 * secretariat, who are told by e-mail. Confirming twice changes nothing; an unknown or expired link is gone (410).
 */
@Service
class ConfirmInvitationRequest {

    private final InvitationRequests requests;
    private final Communities communities;
    private final Memberships memberships;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final Clock clock;

    ConfirmInvitationRequest(
            InvitationRequests requests,
            Communities communities,
            Memberships memberships,
            Accounts accounts,
            CommunityMail mail,
            Clock clock) {
        this.requests = requests;
        this.communities = communities;
        this.memberships = memberships;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /** The request a link confirms, if it still can be used; else {@link GoneException} saying why. */
    @Transactional(readOnly = true)
    InvitationRequest usable(String secret) {
        return usable(requests.bySecret(secret, false));
    }

    /** Confirms the address; returns the community asked to join. */
    @Transactional
    Community confirm(String secret) {
        InvitationRequest request = usable(requests.bySecret(secret, true));
        Community community = communities.byId(request.communityId()).orElseThrow();
        if (request.confirmedAt() == null) {
            requests.confirmed(request.id(), clock.instant());
            List<Long> secretariat = memberships.of(community.id()).stream()
                    .filter(m -> m.role() == CommunityRole.SECRETARIAT)
                    .map(Membership::accountId)
                    .toList();
            for (Account person : accounts.byIds(secretariat)) {
                mail.invitationRequested(person.email(), community, request);
            }
        }
        return community;
    }

    private InvitationRequest usable(Optional<InvitationRequest> found) {
        if (found.isEmpty() || "HAS_ACCOUNT".equals(found.get().status())) {
            throw new GoneException(
                    Text.of("community.invitation-request.link-invalid.title"),
                    Text.of("community.invitation-request.link-invalid"));
        }
        InvitationRequest request = found.get();
        Instant now = clock.instant();
        if (request.confirmedAt() == null && request.expiresAt().isBefore(now)) {
            throw new GoneException(
                    Text.of("community.invitation-request.link-expired.title"),
                    Text.of("community.invitation-request.link-expired"));
        }
        return request;
    }
}
