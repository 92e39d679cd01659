package org.statcommons.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.database.ServerSignals;

/**
 * The notices ({@code notifications.notices}): written for an activity's recipients in one statement; read by a
 * person newest first, without those whose item a moderator hid nor those of communities they may no longer see
 * ({@link Reader}); marked read; taken by the digests.
 * <p>
 * The unread count (every page's header asks it) is kept in memory per person, with the communities it was counted
 * for, and forgotten by every write here that can change it: new notices (their recipients'), a reading (the
 * reader's), a moderator hiding or showing an item's notices (everyone's). The communities are asked of the policy
 * on every request ({@link CurrentReader}), so someone removed from a community has it left out of the count at
 * once: another communities list is another count. Several servers on one database set
 * {@code statcommons.notices.keep-in-memory=false}.
 */
@Repository
class Notices {

    /** The header shows "99+" beyond this: counting further would only cost time. */
    static final int COUNT_CAP = 100;

    private final JdbcClient db;

    /** A person's unread count and the communities it was counted for. */
    private record Counted(List<Long> communities, int count) {}

    private final KeptAnswers<Long, Counted> unread;

    Notices(
            JdbcClient db,
            @Value("${statcommons.notices.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.unread = new KeptAnswers<>(200_000, keepInMemory, signals, "notices");
    }

    /** Anything that changes the table other than through this class (a test's SQL) calls this afterwards. */
    void forget() {
        unread.forgetAll();
    }

    List<Notice> page(Reader reader, int page, int size) {
        return db.sql("""
                        select n.id, a.community_id, a.kind, a.actor_id, a.actor_name, a.title, a.title_key, a.title_arguments, a.excerpt,
                               a.link, a.happened_at,
                               n.read_at is not null as read
                          from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = :account and not n.hidden
                           and (n.community_id = any(:communities) or n.about_recipient)
                         order by n.id desc limit :size offset :offset""")
                .param("account", reader.accountId())
                .param("communities", reader.communities())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(Notices::map)
                .list();
    }

    Optional<Notice> find(Reader reader, long noticeId) {
        return db.sql("""
                        select n.id, a.community_id, a.kind, a.actor_id, a.actor_name, a.title, a.title_key, a.title_arguments, a.excerpt,
                               a.link, a.happened_at,
                               n.read_at is not null as read
                          from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.id = :id and n.account_id = :account and not n.hidden
                           and (n.community_id = any(:communities) or n.about_recipient)""")
                .param("id", noticeId)
                .param("account", reader.accountId())
                .param("communities", reader.communities())
                .query(Notices::map)
                .optional();
    }

    long count(Reader reader) {
        return db.sql("""
                        select count(*) from notifications.notices
                         where account_id = ? and not hidden and (community_id = any(?) or about_recipient)""")
                .params(reader.accountId(), reader.communities())
                .query(Long.class)
                .single();
    }

    /** Unread notices, counted up to {@link #COUNT_CAP}: one look in a small partial index. */
    int unread(Reader reader) {
        List<Long> communities = List.of(reader.communities());
        return unread.get(
                        reader.accountId(),
                        kept -> kept.communities().equals(communities),
                        () -> new Counted(
                                communities,
                                db.sql("""
                                        select count(*) from (select 1 from notifications.notices
                                                               where account_id = ? and read_at is null and not hidden
                                                                 and (community_id = any(?) or about_recipient) limit ?) u""")
                                        .params(reader.accountId(), reader.communities(), COUNT_CAP)
                                        .query(Integer.class)
                                        .single()))
                .count();
    }

    /**
     * Marks one of the person's notices read; false when it is not theirs (or not there, or not shown to them).
     * One statement: a notice read before keeps its first reading time and still counts as theirs.
     */
    boolean markRead(Reader reader, long noticeId, Instant at) {
        unread.forget(reader.accountId());
        return db.sql("""
                        update notifications.notices set read_at = coalesce(read_at, ?)
                         where id = ? and account_id = ? and not hidden and (community_id = any(?) or about_recipient)""")
                        .params(Timestamp.from(at), noticeId, reader.accountId(), reader.communities())
                        .update()
                > 0;
    }

    /** Marks the notices shown to the person read; those of communities they may no longer see are left alone. */
    int markAllRead(Reader reader, Instant at) {
        unread.forget(reader.accountId());
        return db.sql("""
                        update notifications.notices set read_at = ?
                         where account_id = ? and read_at is null and (community_id = any(?) or about_recipient)""")
                .params(Timestamp.from(at), reader.accountId(), reader.communities())
                .update();
    }

    /**
     * Stores the notices of one activity for these people, in one statement, and returns those to e-mail at
     * once. People with a digest choice get a row in {@code people} (the digest run's claim), in the same
     * statement. An activity that concerns each recipient personally ({@link TellAudience#PERSONAL}) is kept in the
     * app even when "off"; one the feature e-mails itself is shown in the app only; a decision about the
     * recipient stays theirs to read after it took them out of the community.
     */
    List<Long> fanOut(long activityId, Activity activity, Collection<Long> recipients, Choice defaultChoice) {
        Long[] ids = recipients.stream().sorted().toArray(Long[]::new);
        recipients.forEach(unread::forget);
        return db.sql("""
                        with recipient as (
                            select p.id as account_id,
                                   coalesce(cc.choice, s.default_choice, :defaultChoice) as choice
                              from unnest(cast(:ids as bigint[])) as p(id)
                              left join notifications.people s on s.account_id = p.id
                              left join notifications.community_choices cc
                                     on cc.account_id = p.id and cc.community_id = :community
                        ), stored as (
                            insert into notifications.notices (account_id, activity_id, community_id, mailing,
                                                               about_recipient)
                            select account_id, :activity, :community,
                                   case when :mailedAlready or choice = 'OFF' then 'NONE'
                                        when choice = 'IMMEDIATE' then 'IMMEDIATE' else 'DIGEST' end,
                                   :aboutRecipient
                              from recipient
                             where :personal or choice <> 'OFF'
                             order by account_id
                            on conflict (account_id, activity_id) do nothing
                            returning account_id, mailing
                        ), claimable as (
                            insert into notifications.people (account_id)
                            select account_id from stored where mailing = 'DIGEST' order by account_id
                            on conflict (account_id) do nothing
                        )
                        select account_id from stored where mailing = 'IMMEDIATE'""")
                .param("ids", ids)
                .param("community", activity.communityId())
                .param("activity", activityId)
                .param("defaultChoice", defaultChoice.name())
                .param("personal", TellAudience.PERSONAL.contains(activity.kind()))
                .param("mailedAlready", activity.mailedByFeature())
                .param("aboutRecipient", TellAudience.ABOUT_THE_RECIPIENT.contains(activity.kind()))
                .query(Long.class)
                .list();
    }

    /**
     * Hides (or shows again) every notice of the activities of this item or about it, as {@link NotifiedActivities#hide}
     * did with the activities; returns how many.
     */
    int hide(long communityId, String item, boolean hidden) {
        unread.forgetAll();
        return db.sql("""
                        update notifications.notices set hidden = :hidden
                         where activity_id in (select id from notifications.activities
                                                where community_id = :community and (item = :item or about = :item)
                                                  and kind <> 'MODERATION_DECISION')""")
                .param("hidden", hidden)
                .param("community", communityId)
                .param("item", item)
                .update();
    }

    /**
     * The notices waiting for the digest of these people, ordered by person, community and kind, each with the
     * person's choice for its community now.
     */
    List<WaitingNotice> waitingForDigest(Long[] accountIds, Choice defaultChoice) {
        return db.sql("""
                        select n.id, n.account_id, n.community_id, a.kind, a.title, a.link, n.hidden,
                               coalesce(cc.choice, p.default_choice, :defaultChoice) as choice,
                               a.title_key, a.title_arguments
                          from notifications.notices n
                          join notifications.activities a on a.id = n.activity_id
                          join notifications.people p on p.account_id = n.account_id
                          left join notifications.community_choices cc
                                 on cc.account_id = n.account_id and cc.community_id = n.community_id
                         where n.account_id = any(:ids) and n.mailing = 'DIGEST' and n.digested_at is null
                         order by n.account_id, n.community_id, a.kind, n.id""")
                .param("ids", accountIds)
                .param("defaultChoice", defaultChoice.name())
                .query((rs, row) -> new WaitingNotice(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        ActivityKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        ActivityTitle.stored(rs.getString(9), rs.getString(10)),
                        rs.getString(6),
                        rs.getBoolean(7),
                        Choice.valueOf(rs.getString(8))))
                .list();
    }

    /** A digest took these notices (sent or dropped): no digest looks at them again. */
    void markDigested(List<Long> noticeIds, Instant at) {
        db.sql("update notifications.notices set digested_at = :at where id = any(:ids)")
                .param("at", Timestamp.from(at))
                .param("ids", noticeIds.toArray(Long[]::new))
                .update();
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getLong("id"),
                rs.getLong("community_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("actor_id"),
                rs.getString("actor_name"),
                rs.getString("title"),
                ActivityTitle.stored(rs.getString("title_key"), rs.getString("title_arguments")),
                rs.getString("excerpt"),
                rs.getString("link"),
                rs.getTimestamp("happened_at").toInstant(),
                rs.getBoolean("read"));
    }

    /** Deletes the person's notices (a closed account: nothing more is shown or e-mailed to it). */
    void forgetAll(long accountId) {
        unread.forgetAll();
        db.sql("delete from notifications.notices where account_id = ?")
                .param(accountId)
                .update();
    }
}
