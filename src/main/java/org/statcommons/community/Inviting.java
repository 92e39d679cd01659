package org.statcommons.community;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountRegistration;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.TextInput;

/**
 * Invitations by e-mail, also to people without an account. The link works once, for 14 days, and only for
 * the address it was sent to; accepting records the code-of-conduct version and, for a newcomer, creates
 * the account in the same transaction.
 */
@Service
class Inviting {

    static final Duration VALID_FOR = Duration.ofDays(14);
    static final int MESSAGE_MAX = 2000;
    private static final Set<CommunityRole> NEEDS_INVITE_WITH_ROLE = EnumSet.of(CommunityRole.SECRETARIAT,
            CommunityRole.LEADER, CommunityRole.MODERATOR, CommunityRole.FACILITATOR);

    private final org.statcommons.access.Permissions permissions;
    private final Communities communities;
    private final Invitations invitations;
    private final Memberships memberships;
    private final CodesOfConduct conduct;
    private final AuditLog audit;
    private final Accounts accounts;
    private final AccountRegistration registration;
    private final SecretTokens secrets;
    private final CommunityMail mail;
    private final CommunityActivities activities;

    Inviting(org.statcommons.access.Permissions permissions, Communities communities, Invitations invitations,
             Memberships memberships, CodesOfConduct conduct, AuditLog audit, Accounts accounts,
             AccountRegistration registration, SecretTokens secrets, CommunityMail mail, CommunityActivities activities) {
        this.permissions = permissions;
        this.communities = communities;
        this.invitations = invitations;
        this.memberships = memberships;
        this.conduct = conduct;
        this.audit = audit;
        this.accounts = accounts;
        this.registration = registration;
        this.secrets = secrets;
        this.mail = mail;
        this.activities = activities;
    }

    /** What a person types to invite someone. */
    record Typed(String email, String role, String guestUntil, String message) {
    }

    @Transactional
    public Invitation invite(Actor actor, Community community, Typed typed) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        TextInput input = new TextInput();
        EmailAddress email = null;
        try {
            email = EmailAddress.parse("email", typed.email());
        } catch (org.statcommons.platform.InvalidInputException e) {
            e.errors().forEach(error -> input.error(error.field(), error.message()));
        }
        CommunityRole role = RoleInput.role(input, typed.role() == null || typed.role().isBlank() ? "MEMBER" : typed.role());
        LocalDate until = RoleInput.guestUntil(input, role, typed.guestUntil());
        String message = input.block("message", "Message", typed.message(), MESSAGE_MAX, false);
        input.throwIfInvalid();
        if (NEEDS_INVITE_WITH_ROLE.contains(role)) {
            permissions.require(actor, Action.INVITE_WITH_ROLE, community.id());
        }
        return send(actor.accountId(), community, email, role, until, message, null);
    }

    /** Sends an invitation already allowed by the caller (an invitation form or an approved nomination). */
    Invitation send(long invitedBy, Community community, EmailAddress email, CommunityRole role, LocalDate until,
                    String message, Long nominationId) {
        communities.lock(community.id());
        accounts.byEmail(email)
                .flatMap(account -> memberships.find(community.id(), account.id()))
                .filter(m -> !m.expired(LocalDate.now()))
                .ifPresent(m -> {
                    throw new ConflictException(email.value() + " is already a member of this community.");
                });
        invitations.revokePendingTo(community.id(), email.value());
        String secret = secrets.newSecret();
        long id = invitations.insert(community.id(), email.value(), role, until, message, secrets.hash(secret), invitedBy,
                Instant.now().plus(VALID_FOR), nominationId);
        String inviter = accounts.byId(invitedBy).map(Account::displayName).orElse("The secretariat");
        mail.invitation(email.value(), community, inviter, role.label() + (until == null ? "" : " until " + until),
                message, secret);
        audit.record(community.id(), invitedBy, null, "INVITED", email.value() + " invited as " + role.label()
                + (until == null ? "" : " until " + until), "");
        return invitations.byId(community.id(), id).orElseThrow();
    }

    List<Invitation> list(Actor actor, Community community) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        return invitations.of(community.id());
    }

    @Transactional
    public void revoke(Actor actor, Community community, long id) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        Invitation invitation = invitations.byId(community.id(), id)
                .orElseThrow(() -> new NotFoundException("There is no such invitation."));
        if (!invitation.pending(Instant.now())) {
            throw new ConflictException("This invitation is already " + invitation.state(Instant.now()) + ".");
        }
        invitations.revoke(id);
        audit.record(community.id(), actor.accountId(), null, "INVITATION_REVOKED",
                "Invitation to " + invitation.email() + " revoked", "");
    }

    /** The invitation behind a link, usable or not (see {@link #refusal}). */
    java.util.Optional<Invitation> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return java.util.Optional.empty();
        }
        return invitations.byHash(secrets.hash(secret), false);
    }

    /** Why a link cannot be used, or null when it can. */
    static String refusal(java.util.Optional<Invitation> invitation) {
        if (invitation.isEmpty()) {
            return "This invitation link is not valid. Please check that you copied the whole address.";
        }
        return switch (invitation.get().state(Instant.now())) {
            case "accepted" -> "This invitation has already been used.";
            case "revoked" -> "This invitation has been withdrawn. Please ask for a new one.";
            case "expired" -> "This invitation has expired. Please ask for a new one.";
            default -> null;
        };
    }

    /** A signed-in person accepts; the invitation must be addressed to their e-mail. */
    @Transactional
    public Community accept(Account account, String secret, boolean acceptConduct, Integer conductVersion) {
        Invitation invitation = usable(secret);
        if (!invitation.email().equalsIgnoreCase(account.email())) {
            throw new ConflictException("This invitation was sent to another e-mail address. Sign in with the "
                    + "account for that address, or ask for an invitation to " + account.email() + ".");
        }
        Community community = communities.byId(invitation.communityId()).orElseThrow();
        communities.lock(community.id());
        if (memberships.find(community.id(), account.id()).filter(m -> !m.expired(LocalDate.now())).isPresent()) {
            throw new ConflictException("You are already a member of " + community.name() + ".");
        }
        int version = ConductAcceptance.check(acceptConduct, conductVersion, conduct.current(community.id()));
        join(invitation, community, account.id(), version, "Accepted invitation");
        return community;
    }

    /** A newcomer accepts and creates their account for the invited address. */
    @Transactional
    public Account acceptWithNewAccount(String secret, AccountRegistration.NewAccount typed, boolean acceptConduct,
                                       Integer conductVersion) {
        Invitation invitation = usable(secret);
        Community community = communities.byId(invitation.communityId()).orElseThrow();
        int version = ConductAcceptance.check(acceptConduct, conductVersion, conduct.current(community.id()));
        Account account = registration.createVerified(new EmailAddress(invitation.email()), typed, PlatformRole.NONE);
        communities.lock(community.id());
        join(invitation, community, account.id(), version, "Accepted invitation and created an account");
        return account;
    }

    private Invitation usable(String secret) {
        java.util.Optional<Invitation> found = find(secret);
        String refusal = refusal(found);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        // lock, then look again: two clicks at once must not both succeed
        Invitation invitation = invitations.byHash(secrets.hash(secret), true).orElseThrow();
        refusal = refusal(java.util.Optional.of(invitation));
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (invitation.guestUntil() != null && invitation.guestUntil().isBefore(LocalDate.now())) {
            throw new ConflictException("The guest period of this invitation ended on " + invitation.guestUntil()
                    + ". Please ask for a new invitation.");
        }
        return invitation;
    }

    private void join(Invitation invitation, Community community, long accountId, int version, String how) {
        invitations.accepted(invitation.id(), accountId);
        memberships.upsert(community.id(), accountId, invitation.role(), invitation.guestUntil(), version);
        audit.record(community.id(), accountId, accountId, "JOINED", how + " as " + invitation.role().label()
                + (invitation.guestUntil() == null ? "" : " until " + invitation.guestUntil())
                + ", accepted code of conduct version " + version, "");
        activities.joined(community, accountId);
    }
}
