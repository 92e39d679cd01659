package org.statcommons.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Someone without an account asks for an invitation. They are sent a link to confirm their address; only then does
 * the secretariat see the request. The answer on screen is the same whoever asks: an address that already has an
 * account is told by e-mail to sign in instead, so the form tells nobody which addresses have accounts. Each
 * address may ask {@value #PER_ADDRESS} times a day, and each network {@value #PER_NETWORK} times an hour, in all
 * communities together, so that the form cannot be used to flood an inbox or the secretariat.
 */
@Service
class RequestInvitation {

    static final int PER_ADDRESS = 3;
    static final Duration ADDRESS_WINDOW = Duration.ofDays(1);
    static final int PER_NETWORK = 10;
    static final Duration NETWORK_WINDOW = Duration.ofHours(1);
    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

    private final Permissions permissions;
    private final InvitationRequests requests;
    private final Accounts accounts;
    private final SecretTokens secrets;
    private final CommunityMail mail;
    private final Clock clock;

    RequestInvitation(
            Permissions permissions,
            InvitationRequests requests,
            Accounts accounts,
            SecretTokens secrets,
            CommunityMail mail,
            Clock clock) {
        this.permissions = permissions;
        this.requests = requests;
        this.accounts = accounts;
        this.secrets = secrets;
        this.mail = mail;
        this.clock = clock;
    }

    /** {@code ip}: the network address the request came from. */
    @Transactional
    void request(Actor actor, Community community, NewInvitationRequest request, String ip, TimePresenter times) {
        permissions.require(actor, Action.REQUEST_INVITATION, community.id());
        Instant now = clock.instant();
        String email = request.email().value();
        limit(
                InvitationRequests.Sender.IP,
                ip,
                PER_NETWORK,
                NETWORK_WINDOW,
                now,
                "community.request-invitation.too-many.network",
                times);
        limit(
                InvitationRequests.Sender.EMAIL,
                email,
                PER_ADDRESS,
                ADDRESS_WINDOW,
                now,
                "community.request-invitation.too-many.address",
                times);
        String secret = secrets.newSecret();
        boolean hasAccount = accounts.byEmail(request.email()).isPresent();
        requests.insert(
                community.id(),
                request,
                hasAccount ? "HAS_ACCOUNT" : "UNCONFIRMED",
                secret,
                ip,
                now,
                now.plus(CONFIRM_WITHIN));
        if (hasAccount) {
            mail.invitationRequestHasAccount(email, request.name(), community);
        } else {
            mail.confirmInvitationRequest(email, request.name(), community, secret);
        }
    }

    /** Refuses (429, saying when it may be tried again) a sender who made {@code max} requests in the window. */
    private void limit(
            InvitationRequests.Sender by,
            String value,
            int max,
            Duration window,
            Instant now,
            String key,
            TimePresenter times) {
        Instant since = now.minus(window);
        if (requests.count(by, value, since, now) >= max) {
            Instant free = requests.oldest(by, value, since).plus(window);
            throw new TooManyRequestsException(Text.of(key, max, times.at(free)), Duration.between(now, free));
        }
    }
}
