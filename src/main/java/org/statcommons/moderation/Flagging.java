package org.statcommons.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.activity.Subject;

/**
 * Flagging an item against the code of conduct. However many people flag one item, moderators see one entry
 * with a count: each person has one flag per entry, and flagging again changes their reason. Each person may
 * flag only so many times an hour, so a flood of flags from one account stops by itself.
 */
@Service
public class Flagging {

    static final int NOTE_MAX = 1000;
    private static final int LOCK_SPACE = 0x5401;

    private final JdbcClient db;
    private final Permissions permissions;
    private final ModeratedItems items;
    private final ModerationProperties limits;

    Flagging(JdbcClient db, Permissions permissions, ModeratedItems items, ModerationProperties limits) {
        this.db = db;
        this.permissions = permissions;
        this.items = items;
        this.limits = limits;
    }

    /**
     * What became of a flag.
     *
     * @param repeated the person had already flagged this item, and their flag was updated
     */
    public record Flagged(long reportId, boolean repeated, ModeratedContent.FlaggedItem item) {
    }

    /** The item as the flagger sees it, for the flag form; "not found" when they may not see it. */
    public ModeratedContent.FlaggedItem item(Actor actor, String itemKey) {
        permissions.require(actor, Action.FLAG_CONTENT);
        return items.describe(items.subject(itemKey), actor);
    }

    /** Whether this person has an open flag on the item already. */
    public Optional<FlagReason> earlierFlag(Actor actor, String itemKey) {
        if (!actor.signedIn()) {
            return Optional.empty();
        }
        return db.sql("""
                        select f.reason from moderation.flags f join moderation.reports r on r.id = f.report_id
                        where r.item = ? and r.status = 'OPEN' and f.flagger_id = ?""")
                .params(itemKey, actor.accountId()).query(String.class).optional().map(FlagReason::valueOf);
    }

    @Transactional
    public Flagged flag(Actor actor, String itemKey, String reason, String note) {
        permissions.require(actor, Action.FLAG_CONTENT);
        ModeratedContent.FlaggedItem item = items.describe(items.subject(itemKey), actor);
        // the owner names the item the one way it is stored, whatever form of its key was typed
        Subject subject = item.item();
        TextInput input = new TextInput();
        FlagReason why = FlagReason.parse(reason);
        if (why == null) {
            input.error("reason", "Please choose a reason.");
        }
        String text = input.block("note", "Note", note, NOTE_MAX, false);
        if (why == FlagReason.OTHER && text.isEmpty()) {
            input.error("note", "Please say what is wrong when you choose “Other”.");
        }
        input.throwIfInvalid();
        if (item.hidden()) {
            throw new ConflictException("A moderator has already hidden this. Thank you for looking out for the community.");
        }
        refuseTooMany(actor.accountId());
        Long community = item.communityId() == ProfileModeration.NO_COMMUNITY ? null : item.communityId();
        long reportId = db.sql("""
                        insert into moderation.reports (item, community_id, author_id, author_name, title, excerpt, link)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (item) where status = 'OPEN' do update set author_name = excluded.author_name,
                            title = excluded.title, excerpt = excluded.excerpt, link = excluded.link, last_flagged_at = now()
                        returning id""")
                .params(subject.key(), community, item.authorId(), item.authorName(),
                        item.title(), item.excerpt(), item.link())
                .query(Long.class).single();
        boolean inserted = db.sql("""
                        insert into moderation.flags (report_id, flagger_id, reason, note) values (?, ?, ?, ?)
                        on conflict (report_id, flagger_id) do update set reason = excluded.reason, note = excluded.note,
                            flagged_at = now()
                        returning xmax = 0""")
                .params(reportId, actor.accountId(), why.name(), text).query(Boolean.class).single();
        db.sql("insert into moderation.flag_attempts (flagger_id) values (?)").param(actor.accountId()).update();
        return new Flagged(reportId, !inserted, item);
    }

    private void refuseTooMany(long flagger) {
        RateWindow.lock(db, LOCK_SPACE, flagger);
        RateWindow.wait(db, "select at from moderation.flag_attempts where flagger_id = ?", flagger, Instant.now(),
                Duration.ofHours(1), limits.flagsPerHour()).ifPresent(wait -> {
                    throw new TooManyRequestsException("You have flagged " + limits.flagsPerHour()
                            + " times in the last hour, the most anyone may. Please try again in " + Words.duration(wait)
                            + "; the moderators are looking at your flags.", wait);
                });
    }
}
