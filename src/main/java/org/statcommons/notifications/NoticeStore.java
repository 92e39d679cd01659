package org.statcommons.notifications;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.activity.Activity;

/**
 * Writes notices: an activity once, then one notice per recipient in a single set-based statement that also
 * decides, from each person's choice for the community, whether the notice is e-mailed now, waits for a
 * digest, or is not stored at all (choice "off", unless it concerns the person personally).
 */
@Repository
class NoticeStore {

    private final JdbcClient db;

    NoticeStore(JdbcClient db) {
        this.db = db;
    }

    /** Stores the activity, or finds it when the same event was delivered before. */
    long storeActivity(Activity activity) {
        return db.sql("""
                        with stored as (
                            insert into notifications.activities (community_id, kind, actor_id, actor_name, title, excerpt,
                                link, about, item, happened_at)
                            values (:community, :kind, :actor, :actorName, :title, :excerpt, :link, :about, :item, :at)
                            on conflict (community_id, kind, item, happened_at) do nothing
                            returning id)
                        select id from stored
                        union all
                        select id from notifications.activities
                         where community_id = :community and kind = :kind and item = :item and happened_at = :at
                        limit 1""")
                .param("community", activity.communityId())
                .param("kind", activity.kind().name())
                .param("actor", activity.actorId())
                .param("actorName", activity.actorName())
                .param("title", activity.title())
                .param("excerpt", activity.excerpt())
                .param("link", activity.link())
                .param("about", activity.about().key())
                .param("item", activity.item().key())
                .param("at", java.sql.Timestamp.from(activity.at()))
                .query(Long.class).single();
    }

    /**
     * Stores the notices of one activity for these people, in one statement, and returns those to e-mail at
     * once. People with a digest choice get a row in {@code people} (the digest run's claim), in the same
     * statement. An activity that concerns each recipient personally ({@link Delivery#PERSONAL}) is kept in the
     * app even when "off"; one the feature e-mails itself is shown in the app only; a decision about the
     * recipient stays theirs to read after it took them out of the community.
     */
    List<Long> fanOut(long activityId, Activity activity, Collection<Long> recipients, Choice defaultChoice) {
        Long[] ids = recipients.stream().sorted().toArray(Long[]::new);
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
                .param("personal", Delivery.PERSONAL.contains(activity.kind()))
                .param("mailedAlready", activity.mailedByFeature())
                .param("aboutRecipient", Delivery.ABOUT_THE_RECIPIENT.contains(activity.kind()))
                .query(Long.class).list();
    }

    /**
     * Hides (or shows again) every notice of activities of this item or about it (a hidden discussion takes the
     * notices of its replies along) — except the moderators' decision, which tells its author what happened to
     * it and why.
     */
    int hide(long communityId, String item, boolean hidden) {
        db.sql("""
                        update notifications.activities set hidden = :hidden
                         where community_id = :community and (item = :item or about = :item)
                           and kind <> 'MODERATION_DECISION'""")
                .param("hidden", hidden).param("community", communityId).param("item", item).update();
        return db.sql("""
                        update notifications.notices set hidden = :hidden
                         where activity_id in (select id from notifications.activities
                                                where community_id = :community and (item = :item or about = :item)
                                                  and kind <> 'MODERATION_DECISION')""")
                .param("hidden", hidden).param("community", communityId).param("item", item).update();
    }
}
