package org.statcommons.content.pages;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One counter of views per page and day ({@code content.page_views}); nothing about the reader is stored. Counted
 * by {@link PageViewCounter}.
 */
@Repository
public class PageViews {

    private final JdbcClient jdbc;

    PageViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long communityId, String path, LocalDate day) {
        jdbc.sql("""
                        insert into content.page_views (community_id, path, day, views) values (?, ?, ?, 1)
                        on conflict (community_id, path, day) do update set views = content.page_views.views + 1""").params(communityId, path, day).update();
    }

    /** Views of the page on the days after {@code day}. */
    long after(long communityId, String path, LocalDate day) {
        return jdbc.sql(
                        "select coalesce(sum(views), 0) from content.page_views where community_id = ? and path = ? and day > ?")
                .params(communityId, path, day)
                .query(Long.class)
                .single();
    }
}
