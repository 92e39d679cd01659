package org.statcommons.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.AuditLog;
import org.statcommons.community.RemoveMember;
import org.statcommons.community.SuspendMember;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.ContentHidden;
import org.statcommons.platform.activity.Subject;

/**
 * What moderators decide about a flagged item and its author: dismiss the flags, hide the item (through the
 * feature that owns it) or restore it, warn the author, suspend or remove them. Each decision is one
 * transaction: the decision recorded, the queue entry closed, an entry in the community's audit log, and the
 * author told what happened and why (an e-mail and a personal notice). Hiding also tells every feature that
 * copied the item ({@link ContentHidden}).
 */
@Service
public class ModerationDecisions {

    static final int REASON_MAX = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final JdbcClient db;
    private final Permissions permissions;
    private final Reports reports;
    private final ModeratedItems items;
    private final AuditLog audit;
    private final SuspendMember suspendMember;
    private final RemoveMember removeMember;
    private final AuthorNotices notices;
    private final ApplicationEventPublisher events;

    ModerationDecisions(JdbcClient db, Permissions permissions, Reports reports, ModeratedItems items, AuditLog audit,
                        SuspendMember suspendMember, RemoveMember removeMember, AuthorNotices notices,
                        ApplicationEventPublisher events) {
        this.db = db;
        this.permissions = permissions;
        this.reports = reports;
        this.items = items;
        this.audit = audit;
        this.suspendMember = suspendMember;
        this.removeMember = removeMember;
        this.notices = notices;
        this.events = events;
    }

    /** The decisions a moderator may take on an entry; {@code outcome} is what the entry says once closed. */
    public enum Kind {
        DISMISS("DISMISSED"), HIDE("HIDDEN"), RESTORE("RESTORED"), WARN("WARNED"), SUSPEND("SUSPENDED"), REMOVE("REMOVED");

        private final String outcome;

        Kind(String outcome) {
            this.outcome = outcome;
        }

        /** The decision named by a form or the API (its name in any case); "invalid" otherwise. */
        public static Kind parse(String typed) {
            for (Kind kind : values()) {
                if (typed != null && kind.name().equalsIgnoreCase(typed.strip())) {
                    return kind;
                }
            }
            throw new InvalidInputException("decision", "Choose a decision: dismiss, hide, restore, warn, suspend or remove.");
        }
    }

    /**
     * Takes a decision on a queue entry.
     *
     * @param reason the reason told to the author (required to warn, suspend and remove); for a warning, its message
     * @param days   how long a suspension lasts; ignored otherwise
     */
    @Transactional
    public void decide(Actor actor, long reportId, Kind kind, String reason, Integer days) {
        Reports.Report report = lockedReport(reportId);
        requireModerator(actor, report.communityId());
        String why = reason(kind, reason);
        Subject item = Subject.parse(report.item());
        switch (kind) {
            case DISMISS -> {
                if (!report.open()) {
                    throw new ConflictException("These flags were already decided on.");
                }
                record(actor, report.id(), report.communityId(), item, report.authorId(), kind, why, null);
                auditLine(actor, report.communityId(), report.authorId(), "FLAGS_DISMISSED",
                        report.count() + (report.count() == 1 ? " flag" : " flags") + " on " + report.title() + " dismissed", why);
            }
            case HIDE, RESTORE -> changeVisibility(actor, report.id(), report.communityId(), item, report.authorId(),
                    report.title(), report.link(), kind == Kind.HIDE, why);
            case WARN -> warn(actor, report, item, why);
            case SUSPEND -> suspend(actor, report, item, days, why);
            case REMOVE -> remove(actor, report, item, why);
        }
        close(report.id(), kind, actor);
    }

    /**
     * Hides an item, or shows it again, outside the queue (a moderator's "Hide" under a comment); closes the
     * item's open entry, if any. The reason may be empty.
     */
    @Transactional
    public void hideItem(Actor actor, Subject named, boolean hidden, String reason) {
        ModeratedContent.FlaggedItem found = items.describe(named, actor);
        Subject item = found.item();
        Long community = found.communityId() == ProfileModeration.NO_COMMUNITY ? null : found.communityId();
        requireModerator(actor, community);
        String why = reason(hidden ? Kind.HIDE : Kind.RESTORE, reason);
        Long open = reports.openFor(item.key()).orElse(null);
        changeVisibility(actor, open, community, item, found.authorId(), found.title(), found.link(), hidden, why);
        if (open != null) {
            close(open, hidden ? Kind.HIDE : Kind.RESTORE, actor);
        }
    }

    /**
     * Whether the entry is in this queue: a community's ({@code communityId}) or, with null, the
     * administrators'. Asked after the policy, so that a refusal never tells what exists.
     */
    public boolean inQueue(long reportId, Long communityId) {
        return reports.byId(reportId).map(r -> java.util.Objects.equals(r.communityId(), communityId)).orElse(false);
    }

    private void changeVisibility(Actor actor, Long reportId, Long communityId, Subject item, Long authorId, String title,
                                  String link, boolean hide, String why) {
        boolean hiddenNow = items.find(item, actor).map(ModeratedContent.FlaggedItem::hidden)
                .orElse(reports.hiddenByDecision(item.key()));
        if (hide && hiddenNow) {
            throw new ConflictException("This is already hidden.");
        }
        if (!hide && !hiddenNow) {
            throw new ConflictException("This is not hidden.");
        }
        items.hide(item, hide);
        Kind kind = hide ? Kind.HIDE : Kind.RESTORE;
        long decision = record(actor, reportId, communityId, item, authorId, kind, why, null);
        events.publishEvent(new ContentHidden(communityId == null ? ProfileModeration.NO_COMMUNITY : communityId, item, hide));
        auditLine(actor, communityId, authorId, hide ? "CONTENT_HIDDEN" : "CONTENT_RESTORED",
                (hide ? "Hid " : "Restored ") + title, why);
        String where = notices.where(communityId);
        notices.tell(authorId, communityId, item, decision, link, hide ? "Your content was hidden" : "Your content was restored",
                (hide ? "A moderator hid “" + title + "” in " + where + ". Nobody else sees it now."
                        : "A moderator restored “" + title + "” in " + where + ". It shows again."), why);
    }

    private void warn(Actor actor, Reports.Report report, Subject item, String message) {
        Long member = requireAuthor(report);
        long decision = record(actor, report.id(), report.communityId(), item, member, Kind.WARN, message, null);
        auditLine(actor, report.communityId(), member, "WARNED", "Warned about " + report.title(), message);
        notices.tell(member, report.communityId(), item, decision, report.link(), "A warning from the moderators",
                "The moderators of " + notices.where(report.communityId()) + " warn you about “" + report.title()
                        + "”, which was flagged against the code of conduct"
                        + (report.excerpt().isEmpty() ? "." : ":\n\n  " + report.excerpt()), message);
    }

    private void suspend(Actor actor, Reports.Report report, Subject item, Integer days, String why) {
        Long member = requireAuthor(report);
        if (report.communityId() == null) {
            throw new ConflictException("A profile belongs to no community: suspend the account under Administration, Accounts.");
        }
        if (days == null) {
            throw new InvalidInputException("days", "Say for how many days.");
        }
        Instant until = suspendMember.suspend(actor, report.communityId(), member, days, why);
        long decision = record(actor, report.id(), report.communityId(), item, member, Kind.SUSPEND, why, days);
        notices.tell(member, report.communityId(), item, decision, notices.home(report.communityId()), "You are suspended",
                "The moderators of " + notices.where(report.communityId()) + " have suspended you until " + WHEN.format(until)
                        + ", because of “" + report.title() + "”. Until then you can read, but not post, comment or take part otherwise.",
                why);
    }

    private void remove(Actor actor, Reports.Report report, Subject item, String why) {
        Long member = requireAuthor(report);
        if (report.communityId() == null) {
            throw new ConflictException("A profile belongs to no community: suspend the account under Administration, Accounts.");
        }
        // the community feature records the removal in its audit log and e-mails the reason
        removeMember.remove(actor, report.communityId(), member, why);
        long decision = record(actor, report.id(), report.communityId(), item, member, Kind.REMOVE, why, null);
        notices.notice(report.communityId(), member, item, decision, notices.home(report.communityId()),
                "You were removed from " + notices.where(report.communityId()), why);
    }

    private Reports.Report lockedReport(long reportId) {
        db.sql("select id from moderation.reports where id = ? for update").param(reportId).query(Long.class).optional();
        return reports.byId(reportId).orElseThrow(() -> new NotFoundException("There is no such entry in the queue."));
    }

    private void requireModerator(Actor actor, Long communityId) {
        if (communityId == null) {
            permissions.require(actor, Action.MANAGE_PLATFORM);
        } else {
            permissions.require(actor, Action.MODERATE_CONTENT, communityId);
        }
    }

    private static Long requireAuthor(Reports.Report report) {
        if (report.authorId() == null) {
            throw new ConflictException("This item has no single author to decide about.");
        }
        return report.authorId();
    }

    private static String reason(Kind kind, String typed) {
        TextInput input = new TextInput();
        boolean required = kind == Kind.WARN || kind == Kind.SUSPEND || kind == Kind.REMOVE;
        String text = input.block("reason", kind == Kind.WARN ? "The warning" : "Reason", typed, REASON_MAX, required);
        input.throwIfInvalid();
        return text;
    }

    /** Records the decision; returns its id. */
    private long record(Actor actor, Long reportId, Long communityId, Subject item, Long memberId, Kind kind, String reason,
                        Integer days) {
        return db.sql("""
                        insert into moderation.decisions (report_id, community_id, item, member_id, kind, reason, days, decided_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, communityId, item.key(), memberId, kind.name(), reason, days, actor.accountId())
                .query(Long.class).single();
    }

    private void close(long reportId, Kind kind, Actor actor) {
        db.sql("""
                        update moderation.reports set status = 'CLOSED', outcome = ?, closed_at = coalesce(closed_at, now()),
                            closed_by = coalesce(closed_by, ?)
                        where id = ?""")
                .params(kind.outcome, actor.accountId(), reportId).update();
    }

    private void auditLine(Actor actor, Long communityId, Long subjectId, String action, String detail, String reason) {
        if (communityId != null) {
            audit.record(communityId, actor.accountId(), subjectId, action, detail, reason);
        }
    }
}
