package org.statcommons.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the search index refuse every text holding one word, as PostgreSQL refuses a text it cannot store: a trigger
 * on {@code search.documents} that raises an error. For the tests of what a failing index must not undo.
 */
public record RefusingIndex(JdbcClient db, String name) {

    public void refuse(String word) {
        db.sql("""
                create or replace function search.%s() returns trigger language plpgsql as $$
                begin
                    if new.body like '%%%s%%' then
                        raise exception 'the index refuses this text';
                    end if;
                    return new;
                end $$""".formatted(name, word)).update();
        db.sql("create trigger %s before insert or update on search.documents for each row execute function search.%s()"
                        .formatted(name, name))
                .update();
    }

    public void allow() {
        db.sql("drop trigger if exists %s on search.documents".formatted(name)).update();
    }
}
