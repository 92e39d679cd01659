package org.statcommons.academy;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.database.ServerSignals;

/**
 * The capability frameworks and their items (schema {@code academy}). Every course read, the catalogue and the gap
 * map ask for them, and they change only when an administrator imports one: all of them are kept in memory, forgotten
 * by every import ({@code statcommons.frameworks.keep-in-memory=false} for several servers on one database).
 */
@Repository
class Frameworks {

    private final JdbcClient db;
    private final KeptAnswers<String, List<Framework>> kept;

    Frameworks(
            JdbcClient db,
            @Value("${statcommons.frameworks.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.kept = new KeptAnswers<>(1, keepInMemory, signals, "frameworks");
    }

    /** Adds a framework with its items (in their order); false when its code is taken (nothing written). */
    boolean add(String code, String name, String version, List<String> levels, List<Framework.Item> items, Instant at) {
        kept.forget("all");
        Optional<Long> id = db.sql("""
                        insert into academy.frameworks (code, name, version, levels, created_at)
                        values (?, ?, ?, ?, ?) on conflict (code) do nothing returning id""")
                .params(code, name, version, levels.toArray(String[]::new), Timestamp.from(at))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        int position = 0;
        for (Framework.Item item : items) {
            db.sql("insert into academy.framework_items (framework_id, code, name, parent_code, position)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id.get(), item.code(), item.name(), item.parent(), position++)
                    .update();
        }
        return true;
    }

    /** Which of these item codes some framework already has. */
    Set<String> itemCodesTaken(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(db.sql("select code from academy.framework_items where code = any (?)")
                .param(codes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Every framework, in the order they were added (the shipped ones first). */
    List<Framework> all() {
        return kept.get("all", this::read);
    }

    Optional<Framework> byCode(String code) {
        return all().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    Optional<Framework> byId(long id) {
        return all().stream().filter(f -> f.id() == id).findFirst();
    }

    /** The framework an item belongs to, by the item's code. */
    Optional<Framework> ofItem(String itemCode) {
        return all().stream().filter(f -> f.item(itemCode).isPresent()).findFirst();
    }

    private List<Framework> read() {
        Map<Long, List<Framework.Item>> items = new LinkedHashMap<>();
        db.sql("select framework_id, code, name, parent_code from academy.framework_items"
                        + " order by framework_id, position")
                .query(row -> {
                    items.computeIfAbsent(row.getLong("framework_id"), f -> new ArrayList<>())
                            .add(new Framework.Item(
                                    row.getString("code"), row.getString("name"), row.getString("parent_code")));
                });
        return db.sql("select id, code, name, version, levels from academy.frameworks order by id")
                .query((row, n) -> {
                    Array levels = row.getArray("levels");
                    return new Framework(
                            row.getLong("id"),
                            row.getString("code"),
                            row.getString("name"),
                            row.getString("version"),
                            List.copyOf(Arrays.asList((String[]) levels.getArray())),
                            List.copyOf(items.getOrDefault(row.getLong("id"), List.of())));
                })
                .list();
    }
}
