package org.statcommons.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When the whole index was rebuilt from scratch, and how many documents it then held ({@code search.rebuilds}). */
@Repository
class IndexRebuilds {

    private final JdbcClient db;

    IndexRebuilds(JdbcClient db) {
        this.db = db;
    }

    /** True until the first rebuild: spaces made before search was installed have pages to index. */
    boolean none() {
        return db.sql("select count(*) from search.rebuilds").query(Long.class).single() == 0;
    }

    // the database's own time: an audit stamp that no behaviour reads
    void record(long documents) {
        db.sql("insert into search.rebuilds (documents) values (?)")
                .param(documents)
                .update();
    }
}
