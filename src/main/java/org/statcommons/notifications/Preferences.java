package org.statcommons.notifications;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A person's choices: one for every community, and overrides for some. */
@Repository
class Preferences {

    private final JdbcClient db;
    private final NotificationSettings settings;

    Preferences(JdbcClient db, NotificationSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /** The person's own default, or empty when they follow the server's. */
    Optional<Choice> ownDefault(long accountId) {
        return db.sql("select default_choice from notifications.people where account_id = ? and default_choice is not null")
                .param(accountId).query(String.class).optional().map(Choice::valueOf);
    }

    Choice defaultFor(long accountId) {
        return ownDefault(accountId).orElse(settings.defaultChoice());
    }

    Choice serverDefault() {
        return settings.defaultChoice();
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

    /** What applies to one community. */
    Choice effective(long accountId, long communityId) {
        return Optional.ofNullable(overrides(accountId).get(communityId)).orElseGet(() -> defaultFor(accountId));
    }

    @Transactional
    void setDefault(long accountId, Choice choice) {
        db.sql("""
                        insert into notifications.people (account_id, default_choice) values (?, ?)
                        on conflict (account_id) do update set default_choice = excluded.default_choice""")
                .params(accountId, choice.name()).update();
    }

    @Transactional
    void followServerDefault(long accountId) {
        db.sql("update notifications.people set default_choice = null where account_id = ?").param(accountId).update();
    }

    /** Sets one community's choice; null: follow the default again. */
    @Transactional
    void setFor(long accountId, long communityId, Choice choice) {
        if (choice == null) {
            db.sql("delete from notifications.community_choices where account_id = ? and community_id = ?")
                    .params(accountId, communityId).update();
            return;
        }
        db.sql("""
                        insert into notifications.community_choices (account_id, community_id, choice) values (?, ?, ?)
                        on conflict (account_id, community_id) do update set choice = excluded.choice""")
                .params(accountId, communityId, choice.name()).update();
    }

    /** Everything off: the default, and every community chosen separately. */
    @Transactional
    void allOff(long accountId) {
        setDefault(accountId, Choice.OFF);
        db.sql("delete from notifications.community_choices where account_id = ?").param(accountId).update();
    }
}
