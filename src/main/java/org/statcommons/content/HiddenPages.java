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
    /** Keeps each page's marks (hidden, published) for the page views: told of every change here. */
    private final Publications publications;

    HiddenPages(JdbcClient db, SpaceChanges changes, Publications publications) {
        this.db = db;
        this.changes = changes;
        this.publications = publications;
    }

    public boolean hidden(long communityId, String path) {
        return db.sql("select exists (select 1 from content.hidden_pages where community_id = ? and path = ?)")
                .params(communityId, path)
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether the page's text in that version belongs to a hidden page: the version's path is hidden, or the
     * page moved after that version to a path that is hidden (the mark follows the page, the old versions
     * keep their old path). A commit not on main (unknown here) follows every move, to err on hiding.
     */
    public boolean hidden(long communityId, PageVersion version) {
        return db.sql("""
                        with recursive since as (
                            select coalesce((select seq from content.commits where community_id = :community and id = :commit), 0) as seq
                        ), moves (path, seq, hops) as (
                            select cast(:path as text), (select seq from since), 0
                            union all
                            select p.path, p.seq, m.hops + 1
                              from moves m
                              join content.commit_paths p on p.community_id = :community and p.old_path = m.path
                                                         and p.change = 'R' and p.seq > m.seq
                             where m.hops < 20
                        )
                        select exists (select 1 from moves m join content.hidden_pages h
                                                on h.community_id = :community and h.path = m.path)""")
                .param("community", communityId)
                .param("commit", version.commitId())
                .param("path", SpacePath.page("path", version.path()).value())
                .query(Boolean.class)
                .single();
    }

    /** The hidden pages of a space. */
    public Set<String> of(long communityId) {
        return Set.copyOf(db.sql("select path from content.hidden_pages where community_id = ?")
                .param(communityId)
                .query(String.class)
                .list());
    }

    /** True when this changed anything. */
    public boolean mark(long communityId, String path, boolean hidden) {
        publications.forgetMarks(communityId, path);
        return (hidden
                                ? db.sql(
                                        "insert into content.hidden_pages (community_id, path) values (?, ?) on conflict do nothing")
                                : db.sql("delete from content.hidden_pages where community_id = ? and path = ?"))
                        .params(communityId, path)
                        .update()
                > 0;
    }

    @EventListener
    void on(SpaceChanged changed) {
        changes.between(changed.communityId(), changed.before(), changed.after())
                .ifPresent(paths -> {
                    for (ChangedPath path : paths) {
                        if (path.change() == 'R') {
                            publications.forgetMarks(changed.communityId(), path.oldPath());
                            publications.forgetMarks(changed.communityId(), path.path());
                            db.sql("update content.hidden_pages set path = ? where community_id = ? and path = ?")
                                    .params(path.path(), changed.communityId(), path.oldPath())
                                    .update();
                        }
                    }
                });
    }
}
