package org.statcommons.search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;

/**
 * Builds the whole index from content and comments: once at the first start after search was installed
 * (spaces made before it have documents to index), and whenever an administrator asks (after restoring a
 * backup of the repositories, say).
 */
@Component
class SearchRebuilds {

    private final JdbcClient db;
    private final Communities communities;
    private final SearchIndex index;

    SearchRebuilds(JdbcClient db, Communities communities, SearchIndex index) {
        this.db = db;
        this.communities = communities;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstStart() {
        if (db.sql("select count(*) from search.rebuilds").query(Long.class).single() == 0) {
            rebuildAll();
        }
    }

    /** Rebuilds every community's documents, one transaction each; returns the number of documents. */
    long rebuildAll() {
        long documents = 0;
        for (Communities.Listed listed : communities.all()) {
            documents += index.rebuild(listed.community().id());
        }
        db.sql("insert into search.rebuilds (documents) values (?)").param(documents).update();
        return documents;
    }
}
