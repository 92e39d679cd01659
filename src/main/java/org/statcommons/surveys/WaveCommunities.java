package org.statcommons.surveys;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The communities whose members a {@link AudienceKind#COMMUNITIES} wave asks ({@code surveys.wave_communities}). */
@Repository
class WaveCommunities {

    private final JdbcClient db;

    WaveCommunities(JdbcClient db) {
        this.db = db;
    }

    List<Long> of(long waveId) {
        return db.sql("select community_id from surveys.wave_communities where wave_id = ? order by community_id")
                .param(waveId)
                .query(Long.class)
                .list();
    }

    /** The wave's communities become these (none when its audience is another). */
    void replace(long waveId, Collection<Long> communityIds) {
        db.sql("delete from surveys.wave_communities where wave_id = ?")
                .param(waveId)
                .update();
        for (long id : communityIds) {
            db.sql("insert into surveys.wave_communities (wave_id, community_id) values (?, ?)")
                    .params(waveId, id)
                    .update();
        }
    }
}
