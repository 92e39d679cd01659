package org.statcommons.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The invitations to the platform still waiting, as the invitation screen lists them. */
@Component
class PlatformInvitationPresenter {

    static final int SHOWN = 100;

    private final LinkTokens links;
    private final Accounts accounts;

    PlatformInvitationPresenter(LinkTokens links, Accounts accounts) {
        this.links = links;
        this.accounts = accounts;
    }

    /** An invitation not yet accepted, with the name of who sent it ("" when their account is gone). */
    record PendingInvitationView(long id, String email, String invitedBy, Instant sentAt, Instant expiresAt) {}

    /** The most recent invitations still waiting, newest first. */
    List<PendingInvitationView> pending() {
        List<LinkTokens.Pending> waiting = links.pending(LinkTokens.Purpose.SIGN_UP_INVITATION, SHOWN);
        Map<Long, String> names = accounts
                .byIds(waiting.stream()
                        .map(LinkTokens.Pending::createdBy)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
        return waiting.stream()
                .map(p -> new PendingInvitationView(
                        p.id(),
                        p.email(),
                        p.createdBy() == null ? "" : names.getOrDefault(p.createdBy(), ""),
                        p.createdAt(),
                        p.expiresAt()))
                .toList();
    }
}
