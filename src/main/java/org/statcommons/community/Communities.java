package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.statcommons.access.CommunityFacts;
import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.database.ServerSignals;

/**
 * The communities table. Other features find communities through this class.
 * <p>
 * Every request in a community asks for it by address and for its settings (the permission policy): the rows read
 * outside a transaction are kept in memory across requests, at most one per community. A change of the row
 * ({@link #update}) forgets it at once and again when its transaction ends ({@link CommunityEdited}, which other
 * servers could follow later), so the next request reads the new settings; a row read while the change is not yet
 * committed is not kept. Anything that changes the table otherwise (a test's SQL) calls {@link #forget}. Several
 * servers sharing one database set {@code statcommons.communities.keep-in-memory=false} (docs/configuration.md): one
 * server does not hear of another's changes yet.
 */
@Repository
public class Communities {

    /** What several servers on one database tell each other when a community's row changed. */
    private static final String SIGNAL = "communities";

    private static final String COLUMNS =
            "id, slug, name, purpose, description, join_policy, created_at, members_edit_directly";

    private final JdbcClient db;
    private final Clock clock;
    /** Communities read, by id and by address (an address never changes). */
    private final ConcurrentHashMap<Long, Community> kept = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, Long> idsBySlug = new ConcurrentHashMap<>();
    /** Counts the changes forgotten, so that a row read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    private final boolean keepInMemory;

    private final ServerSignals signals;

    Communities(
            JdbcClient db,
            Clock clock,
            @Value("${statcommons.communities.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.clock = clock;
        this.keepInMemory = keepInMemory;
        this.signals = signals;
        signals.onChange(SIGNAL, this::forgetAll);
    }

    public Optional<Community> bySlug(String slug) {
        if (slug == null || slug.length() > 60) {
            return Optional.empty();
        }
        Long id = idsBySlug.get(slug);
        Community known = id == null ? null : kept.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        return keep(() -> db.sql("select " + COLUMNS + " from community.communities where slug = ?")
                .param(slug)
                .query(Communities::map)
                .optional());
    }

    /** The community kept in memory is read from the table again on the next request. */
    public void forget(long id) {
        changes.incrementAndGet();
        kept.remove(id);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(CommunityEdited edited) {
        forget(edited.communityId());
        signals.changed(SIGNAL);
    }

    /** Another server changed a community: every one kept is read again. */
    private void forgetAll() {
        changes.incrementAndGet();
        kept.clear();
    }

    /** Reads a row and keeps it, unless a change was forgotten meanwhile or a transaction may hold one. */
    private Optional<Community> keep(Supplier<Optional<Community>> read) {
        long before = changes.get();
        Optional<Community> community = read.get();
        if (!keepInMemory || community.isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return community;
        }
        Community row = community.get();
        idsBySlug.put(row.slug(), row.id());
        kept.put(row.id(), row);
        // a change forgotten after the read: what was read may be older than it
        if (changes.get() != before) {
            kept.remove(row.id(), row);
        }
        return community;
    }

    /** The community or a "not found" answer naming the address that was asked for. */
    public Community require(String slug) {
        return bySlug(slug).orElseThrow(() -> new NotFoundException(Text.of("community.no-community")));
    }

    public Optional<Community> byId(long id) {
        Community known = kept.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        return keep(() -> db.sql("select " + COLUMNS + " from community.communities where id = ?")
                .param(id)
                .query(Communities::map)
                .optional());
    }

    /**
     * Whether the community removes a closing member's posts and comments when they ask (its leaders' policy; the
     * default keeps them under "Former member").
     */
    public boolean removesContributionsOnClose(long communityId) {
        return db.sql("select remove_contributions_on_close from community.communities where id = ?")
                .param(communityId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Those of these communities that remove a closing member's posts and comments when they ask, by id. */
    public List<Long> removingContributionsOnClose(Collection<Long> communityIds) {
        return db.sql("""
                        select id from community.communities where id = any(?) and remove_contributions_on_close
                        order by id""")
                .param(communityIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    void setRemovesContributionsOnClose(long communityId, boolean removes) {
        db.sql("update community.communities set remove_contributions_on_close = ? where id = ?")
                .params(removes, communityId)
                .update();
    }

    /** Every community with its member count (expired guests left out, by the clock's date), by name. */
    public List<Listed> all() {
        return db.sql("""
                        select c.id, c.slug, c.name, c.purpose, c.description, c.join_policy, c.created_at, c.members_edit_directly,
                               (select count(*) from community.memberships m where m.community_id = c.id
                                and (m.guest_until is null or m.guest_until >= :today)) as members
                        from community.communities c order by lower(c.name)""")
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, n) -> new Listed(map(rs, n), rs.getInt("members")))
                .list();
    }

    /** A community in the list, with how many people are in it. */
    public record Listed(Community community, int members) {}

    boolean slugTaken(String slug) {
        return db.sql("select exists (select 1 from community.communities where slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    long insert(NewCommunity community, long createdBy, Instant at) {
        return db.sql("""
                        insert into community.communities (slug, name, purpose, description, join_policy, created_by,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        community.slug(),
                        community.name(),
                        community.purpose(),
                        community.description(),
                        community.joinPolicy().name(),
                        createdBy,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, CommunityChange change, Instant at) {
        forget(id);
        db.sql("""
                        update community.communities set name = ?, purpose = ?, description = ?, join_policy = ?,
                            members_edit_directly = ?, updated_at = ? where id = ?""")
                .params(
                        change.name(),
                        change.purpose(),
                        change.description(),
                        change.joinPolicy().name(),
                        change.membersEditDirectly(),
                        Timestamp.from(at),
                        id)
                .update();
    }

    /** Locks the community row so that concurrent membership changes are applied one after another. */
    void lock(long id) {
        db.sql("select id from community.communities where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /** What the policy needs to know of a community, when there is one. */
    Optional<CommunityFacts.CommunitySettings> settings(long id) {
        return byId(id).map(Communities::settings);
    }

    /** The settings of those of these communities that exist. */
    List<CommunityFacts.CommunitySettings> settings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().allMatch(kept::containsKey)) {
            return ids.stream()
                    .distinct()
                    .map(this::byId)
                    .flatMap(Optional::stream)
                    .map(Communities::settings)
                    .toList();
        }
        return db.sql("select id, join_policy, members_edit_directly from community.communities where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> settings(rs))
                .list();
    }

    /** Whether any community exists yet. */
    boolean any() {
        return db.sql("select exists (select 1 from community.communities)")
                .query(Boolean.class)
                .single();
    }

    /** Every community's id, without its counts (for passes over all communities). */
    public List<Long> ids() {
        return db.sql("select id from community.communities order by id")
                .query(Long.class)
                .list();
    }

    private static CommunityFacts.CommunitySettings settings(ResultSet rs) throws SQLException {
        return new CommunityFacts.CommunitySettings(
                rs.getLong("id"),
                JoinPolicy.valueOf(rs.getString("join_policy")),
                rs.getBoolean("members_edit_directly"));
    }

    private static CommunityFacts.CommunitySettings settings(Community community) {
        return new CommunityFacts.CommunitySettings(
                community.id(), community.joinPolicy(), community.membersEditDirectly());
    }

    private static Community map(ResultSet rs, int row) throws SQLException {
        return new Community(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getString("description"),
                JoinPolicy.valueOf(rs.getString("join_policy")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("members_edit_directly"));
    }
}
