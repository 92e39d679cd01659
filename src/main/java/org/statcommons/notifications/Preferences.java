package org.statcommons.notifications;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's choices ({@code notifications.people.default_choice}, {@code notifications.community_choices}): one for
 * every community, and overrides for some.
 */
@Repository
class Preferences {

    private final JdbcClient db;

    Preferences(JdbcClient db) {
        this.db = db;
    }

    /** The person's own default, or empty when they follow the server's. */
    Optional<Choice> ownDefault(long accountId) {
        return db.sql(
                        "select default_choice from notifications.people where account_id = ? and default_choice is not null")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(Choice::valueOf);
    }

    /** The communities the person chose for separately. */
    Map<Long, Choice> overrides(long accountId) {
        Map<Long, Choice> choices = new HashMap<>();
        db.sql("select community_id, choice from notifications.community_choices where account_id = ?")
                .param(accountId)
                .query(rs -> {
                    choices.put(rs.getLong(1), Choice.valueOf(rs.getString(2)));
                });
        return choices;
    }

    /** The person's own default; null: follow the server's again. */
    void setDefault(long accountId, Choice choice) {
        if (choice == null) {
            db.sql("update notifications.people set default_choice = null where account_id = ?")
                    .param(accountId)
                    .update();
            return;
        }
        db.sql("""
                        insert into notifications.people (account_id, default_choice) values (?, ?)
                        on conflict (account_id) do update set default_choice = excluded.default_choice""").params(accountId, choice.name()).update();
    }

    /** Sets one community's choice; null: follow the default again. */
    void setFor(long accountId, long communityId, Choice choice) {
        if (choice == null) {
            db.sql("delete from notifications.community_choices where account_id = ? and community_id = ?")
                    .params(accountId, communityId)
                    .update();
            return;
        }
        db.sql("""
                        insert into notifications.community_choices (account_id, community_id, choice) values (?, ?, ?)
                        on conflict (account_id, community_id) do update set choice = excluded.choice""").params(accountId, communityId, choice.name()).update();
    }

    /** Forgets every community chosen separately. */
    void clearOverrides(long accountId) {
        db.sql("delete from notifications.community_choices where account_id = ?")
                .param(accountId)
                .update();
    }
}
