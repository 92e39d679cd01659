package org.statcommons.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.activity.Subject;

/**
 * The items a moderator hid, kept apart from the lines ({@link ActivityLines} leaves out theirs): a line that
 * arrives after the hiding is hidden too.
 */
@Repository
class HiddenItems {

    private final JdbcClient db;

    HiddenItems(JdbcClient db) {
        this.db = db;
    }

    void hide(long communityId, Subject item) {
        db.sql("""
                        insert into activity.hidden_items (community_id, item) values (:community, :item)
                        on conflict do nothing""").param("community", communityId).param("item", item.key()).update();
    }

    void restore(long communityId, Subject item) {
        db.sql("delete from activity.hidden_items where community_id = :community and item = :item")
                .param("community", communityId)
                .param("item", item.key())
                .update();
    }
}
