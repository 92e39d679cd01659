package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * A member nominates a colleague with relevant expertise; the secretariat approves (which sends the
 * colleague an invitation as member) or declines (the nominating member is told).
 */
@Service
class Nominations {

    /** One nomination. */
    record Nomination(long id, long nominatedBy, String name, String email, String reason, String status,
                      Instant createdAt) {
    }

    private final JdbcClient db;
    private final Permissions permissions;
    private final Communities communities;
    private final Inviting inviting;
    private final AuditLog audit;
    private final Accounts accounts;
    private final CommunityMail mail;

    Nominations(JdbcClient db, Permissions permissions, Communities communities, Inviting inviting, AuditLog audit,
                Accounts accounts, CommunityMail mail) {
        this.db = db;
        this.permissions = permissions;
        this.communities = communities;
        this.inviting = inviting;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
    }

    @Transactional
    public long nominate(Actor actor, Community community, String name, String email, String reason) {
        permissions.require(actor, Action.NOMINATE_MEMBER, community.id());
        TextInput input = new TextInput();
        String who = input.line("name", "Name", name, 100, true);
        String why = input.block("reason", "Reason", reason, 2000, true);
        EmailAddress address = null;
        try {
            address = EmailAddress.parse("email", email);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> input.error(error.field(), error.message()));
        }
        input.throwIfInvalid();
        long id = db.sql("""
                        insert into community.nominations (community_id, nominated_by, email, name, reason)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(community.id(), actor.accountId(), address.value(), who, why).query(Long.class).single();
        audit.record(community.id(), actor.accountId(), null, "NOMINATED", who + " <" + address.value() + "> nominated", why);
        return id;
    }

    List<Nomination> pending(Actor actor, Community community) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        return db.sql("""
                        select id, nominated_by, name, email, reason, status, created_at from community.nominations
                        where community_id = ? and status = 'PENDING' order by id""")
                .param(community.id()).query((rs, n) -> new Nomination(rs.getLong("id"), rs.getLong("nominated_by"),
                        rs.getString("name"), rs.getString("email"), rs.getString("reason"), rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    public void decide(Actor actor, Community community, long id, boolean approve, String note) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        TextInput input = new TextInput();
        String text = input.block("note", "Message", note, Joining.NOTE_MAX, false);
        input.throwIfInvalid();
        communities.lock(community.id());
        Optional<Nomination> found = db.sql("""
                        select id, nominated_by, name, email, reason, status, created_at from community.nominations
                        where community_id = ? and id = ? and status = 'PENDING' for update""")
                .params(community.id(), id)
                .query((rs, n) -> new Nomination(rs.getLong("id"), rs.getLong("nominated_by"), rs.getString("name"),
                        rs.getString("email"), rs.getString("reason"), rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
        Nomination nomination = found.orElseThrow(() -> new NotFoundException("This nomination has already been decided."));
        db.sql("update community.nominations set status = ?, decided_by = ?, decision_note = ?, decided_at = now() where id = ?")
                .params(approve ? "APPROVED" : "DECLINED", actor.accountId(), text, id).update();
        if (approve) {
            String nominator = accounts.byId(nomination.nominatedBy()).map(a -> a.displayName()).orElse("A member");
            String message = nominator + " nominated you: " + nomination.reason() + (text.isBlank() ? "" : "\n\n" + text);
            inviting.send(actor.accountId(), community, new EmailAddress(nomination.email()), CommunityRole.MEMBER,
                    null, message, id);
            audit.record(community.id(), actor.accountId(), null, "NOMINATION_APPROVED",
                    nomination.name() + " <" + nomination.email() + "> invited", text);
        } else {
            audit.record(community.id(), actor.accountId(), null, "NOMINATION_DECLINED",
                    nomination.name() + " <" + nomination.email() + "> not invited", text);
            accounts.byId(nomination.nominatedBy())
                    .ifPresent(a -> mail.nominationDeclined(a.email(), community, nomination.name(), text));
        }
    }
}
