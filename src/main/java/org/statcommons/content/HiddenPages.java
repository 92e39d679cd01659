package org.statcommons.content;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages a moderator hid: members see a notice instead of their text, the public and search see nothing, and
 * they cannot be published until restored. The mark follows the page when it moves.
 */
@Repository
public class HiddenPages {

    private final JdbcClient db;
    private final SpaceChanges changes;

    HiddenPages(JdbcClient db, SpaceChanges changes) {
        this.db = db;
        this.changes = changes;
    }

    public boolean hidden(long communityId, String path) {
        return db.sql("select exists (select 1 from content.hidden_pages where community_id = ? and path = ?)")
                .params(communityId, path).query(Boolean.class).single();
    }

    /** The hidden pages of a space. */
    public Set<String> of(long communityId) {
        return Set.copyOf(db.sql("select path from content.hidden_pages where community_id = ?").param(communityId)
                .query(String.class).list());
    }

    /** True when this changed anything. */
    boolean mark(long communityId, String path, boolean hidden) {
        return (hidden
                ? db.sql("insert into content.hidden_pages (community_id, path) values (?, ?) on conflict do nothing")
                : db.sql("delete from content.hidden_pages where community_id = ? and path = ?"))
                .params(communityId, path).update() > 0;
    }

    @EventListener
    void on(SpaceChanged changed) {
        changes.between(changed.communityId(), changed.before(), changed.after()).ifPresent(paths -> {
            for (ChangedPath path : paths) {
                if (path.change() == 'R') {
                    db.sql("update content.hidden_pages set path = ? where community_id = ? and path = ?")
                            .params(path.path(), changed.communityId(), path.oldPath()).update();
                }
            }
        });
    }
}
