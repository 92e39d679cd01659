package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Invites a whole list at once (the secretariat's pasted addresses or CSV file): {@link #check} adds to what the
 * text tells what only the community knows (already a member, a role the inviter may not give, a guest without a
 * last day, an earlier invitation still valid), and {@link #invite} sends every row through the outbox in one
 * transaction, or nothing at all while the list has a problem.
 */
@Service
class InviteMany {

    private static final Set<CommunityRole> NEEDS_INVITE_WITH_ROLE = EnumSet.of(
            CommunityRole.SECRETARIAT, CommunityRole.LEADER, CommunityRole.MODERATOR, CommunityRole.FACILITATOR);

    private final Permissions permissions;
    private final Memberships memberships;
    private final Invitations invitations;
    private final Accounts accounts;
    private final InvitationSender sender;
    private final Clock clock;

    InviteMany(
            Permissions permissions,
            Memberships memberships,
            Invitations invitations,
            Accounts accounts,
            InvitationSender sender,
            Clock clock) {
        this.permissions = permissions;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.sender = sender;
        this.clock = clock;
    }

    /** The list as read, with the community's own problems and notes added; changes nothing. */
    @Transactional(readOnly = true)
    InvitationList check(Actor actor, Community community, BulkInvitation bulk, TimePresenter times) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        InvitationList list = bulk.list();
        if (list.rows().isEmpty()) {
            return list;
        }
        boolean mayGiveRoles = permissions.may(actor, Action.INVITE_WITH_ROLE, community.id());
        List<EmailAddress> emails =
                list.rows().stream().map(InvitationList.Row::email).toList();
        Set<Long> members = new HashSet<>(memberships.accountIds(community.id()));
        Set<String> memberEmails = accounts.byEmails(emails).stream()
                .filter(account -> members.contains(account.id()))
                .map(Account::email)
                .map(email -> new EmailAddress(email).value())
                .collect(Collectors.toSet());
        Map<String, Instant> pending = invitations.pendingSince(
                community.id(), emails.stream().map(EmailAddress::value).toList(), clock.instant());
        List<InvitationList.Row> rows = new ArrayList<>();
        List<InvitationList.Problem> problems = new ArrayList<>(list.problems());
        for (InvitationList.Row row : list.rows()) {
            String email = row.email().value();
            if (memberEmails.contains(email)) {
                problems.add(new InvitationList.Problem(row.line(), Text.of("community.bulk.already-member", email)));
            } else if (NEEDS_INVITE_WITH_ROLE.contains(row.role()) && !mayGiveRoles) {
                problems.add(new InvitationList.Problem(
                        row.line(),
                        Text.of(
                                "community.bulk.role-for-secretariat",
                                Text.of("community.role-name." + row.role().name()))));
            } else if (row.role() == CommunityRole.GUEST && bulk.guestUntil() == null) {
                problems.add(new InvitationList.Problem(row.line(), Text.of("community.bulk.guest-needs-last-day")));
            } else if (pending.containsKey(email)) {
                rows.add(row.withNote(Text.of("community.bulk.pending", times.date(pending.get(email)))));
            } else {
                rows.add(row);
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new InvitationList(list.text(), rows, problems);
    }

    /** Sends an invitation to every row of a clean list; returns how many were sent. */
    @Transactional
    int invite(Actor actor, Community community, BulkInvitation bulk, TimePresenter times) {
        InvitationList list = check(actor, community, bulk, times);
        if (!list.clean()) {
            throw new InvalidInputException(
                    "addresses",
                    Text.of("community.bulk.nothing-sent", list.problems().size()));
        }
        for (InvitationList.Row row : list.rows()) {
            sender.send(
                    actor.accountId(),
                    community,
                    new NewInvitation(
                            row.email(),
                            row.role(),
                            row.role() == CommunityRole.GUEST ? bulk.guestUntil() : null,
                            bulk.message(),
                            row.name(),
                            row.organisation(),
                            bulk.language()),
                    null);
        }
        return list.rows().size();
    }
}
