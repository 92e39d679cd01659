package org.statcommons.notifications;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * The activities people were told of ({@code notifications.activities}): stored once, whatever the number of
 * notices pointing at them, and hidden with the item a moderator hid.
 */
@Repository
class NotifiedActivities {

    private final JdbcClient db;

    NotifiedActivities(JdbcClient db) {
        this.db = db;
    }

    /** Stores the activity, or finds it when the same event was delivered before; returns its id. */
    long store(Activity activity) {
        return db.sql("""
                        with stored as (
                            insert into notifications.activities (community_id, kind, actor_id, actor_name, title, title_key,
                                title_arguments, excerpt, link, about, item, happened_at)
                            values (:community, :kind, :actor, :actorName, :title, :titleKey,
                                cast(:titleArguments as jsonb), :excerpt, :link, :about, :item, :at)
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
                .param(
                        "titleKey",
                        activity.titleText() == null
                                ? null
                                : activity.titleText().key())
                .param("titleArguments", ActivityTitle.arguments(activity.titleText()))
                .param("excerpt", activity.excerpt())
                .param("link", activity.link())
                .param("about", activity.about().key())
                .param("item", activity.item().key())
                .param("at", Timestamp.from(activity.at()))
                .query(Long.class)
                .single();
    }

    /**
     * Hides (or shows again) the activities of this item or about it (a hidden discussion takes its replies along),
     * except the moderators' decisions, which tell the author what happened to it and why.
     */
    void hide(long communityId, String item, boolean hidden) {
        db.sql("""
                        update notifications.activities set hidden = :hidden
                         where community_id = :community and (item = :item or about = :item)
                           and kind <> 'MODERATION_DECISION'""")
                .param("hidden", hidden)
                .param("community", communityId)
                .param("item", item)
                .update();
    }

    /**
     * A closed account's lines name {@code former} instead of the name it had: as their actor (a line recorded without
     * the actor's account, by the name), in their English title and excerpt (a mention), and as an argument of their
     * title in every language (an argument is the name exactly as it was).
     */
    void renameActor(long accountId, String name, String former) {
        db.sql("""
                        update notifications.activities set
                            actor_name = case when actor_id = :id or (actor_id is null and actor_name = :name)
                                then :former else actor_name end,
                            title = replace(title, :name, :former),
                            excerpt = replace(excerpt, :name, :former),
                            title_arguments = case when title_arguments is null then null else coalesce(
                                (select jsonb_agg(case when a = to_jsonb(:name::text) then to_jsonb(:former::text) else a end
                                                  order by o)
                                 from jsonb_array_elements(title_arguments) with ordinality as t(a, o)), '[]'::jsonb) end
                        where actor_id = :id or actor_name = :name or position(:name in title) > 0
                            or position(:name in excerpt) > 0""")
                .param("id", accountId)
                .param("name", name)
                .param("former", former)
                .update();
    }
}
