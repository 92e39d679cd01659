package org.statcommons.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.database.ServerSignals;

/**
 * Sessions stay in PostgreSQL (they survive a restart), but a request no longer reads its session from there nor
 * writes it back. The sessions in use are kept in memory as read from the table: a request that only reads its
 * session costs no query at all, one that changes it (signing in or out, a CSRF token made, a message for the next
 * page) writes the change to the row, and the next request reads it from there again (other requests may have
 * changed other attributes meanwhile); one that only touched it writes its last access at most once per
 * {@link #ACCESS_WRITE_INTERVAL}, so a session ends after the time-out without requests give or take that interval. Signing out deletes the session from the table and from memory at once.
 * <p>
 * Several servers on one database ({@code statcommons.several-servers=true}) tell each other of each session written
 * or ended, by its id, through {@link ServerSignals}: the others forget their copy of that session and read it from
 * the table at its next request. Between a write's commit and the signal's arrival (milliseconds) another server may
 * still answer from its copy; what a person may do is checked against the account on every request
 * ({@code identity.AccountCheckFilter}), so a suspension or a changed password counts everywhere at once.
 * {@code statcommons.sessions.keep-in-memory=false} reads every request's session from the table
 * (docs/configuration.md).
 */
final class SessionKeeper implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    /** Last access is written at most this often per session (the time-out is hours). */
    static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    /** The signals' topics: a session written (read it again from the table), or ended (signed out, renamed). */
    private static final String WRITTEN = "session-written";

    private static final String ENDED = "session-ended";

    private final FindByIndexNameSessionRepository<Session> table;
    /** The clock Spring Session itself stamps accesses with (the system's), not the application's. */
    private final Clock clock = Clock.systemUTC();
    /** Sessions as last read or written, by id; the least recently used leave first beyond 20,000. */
    private final WeightedCache<String, Kept> kept = new WeightedCache<>(20_000, (id, session) -> 1);
    /**
     * Ids of sessions deleted (signed out) or renamed (signed in): a request that read such a session from the table
     * just before must not put it back in memory. Ids are random and never reused, so forgetting old ones is safe
     * once no request that began before their deletion can still be running.
     */
    private final WeightedCache<String, Boolean> ended = new WeightedCache<>(100_000, (id, gone) -> 1);
    /**
     * When each session was last written, on {@link #writes}' count: a request that read a session from the table
     * before another request's write committed must not keep that older copy in memory.
     */
    private final WeightedCache<String, Long> written = new WeightedCache<>(100_000, (id, when) -> 1);

    private final AtomicLong writes = new AtomicLong();
    /** On {@link #writes}' count, when every copy was last forgotten (this server may have missed other servers' signals). */
    private long forgotAll;

    private final ServerSignals signals;

    @SuppressWarnings("unchecked")
    SessionKeeper(FindByIndexNameSessionRepository<? extends Session> table, ServerSignals signals) {
        this.table = (FindByIndexNameSessionRepository<Session>) table;
        this.signals = signals;
        signals.onChange(WRITTEN, this::forgetAll, this::forgetWritten);
        signals.onChange(ENDED, this::forgetAll, this::forgetEnded);
    }

    /** A session as it stands in the table: its attributes read once, and when its last access was written. */
    private record Kept(
            String id,
            Instant creationTime,
            Instant storedAccess,
            Duration maxInactiveInterval,
            Map<String, Object> attributes) {

        static Kept of(Session session) {
            Map<String, Object> attributes = new HashMap<>();
            for (String name : session.getAttributeNames()) {
                attributes.put(name, session.getAttribute(name));
            }
            return new Kept(
                    session.getId(),
                    session.getCreationTime(),
                    session.getLastAccessedTime(),
                    session.getMaxInactiveInterval(),
                    Map.copyOf(attributes));
        }

        boolean expired(Instant now) {
            return !maxInactiveInterval.isNegative() && now.isAfter(storedAccess.plus(maxInactiveInterval));
        }
    }

    @Override
    public Session createSession() {
        return new RequestSession(table.createSession());
    }

    @Override
    public Session findById(String id) {
        Kept session = kept.get(id);
        if (session == null) {
            long before = writes.get();
            Session stored = table.findById(id);
            if (stored == null) {
                return null;
            }
            session = Kept.of(stored);
            keep(session, before);
        }
        if (session.expired(clock.instant())) {
            deleteById(id);
            return null;
        }
        return new RequestSession(session);
    }

    @Override
    public void save(Session session) {
        RequestSession request = (RequestSession) session;
        if (request.stored != null) {
            String before = request.originalId;
            request.stored.setLastAccessedTime(request.lastAccessed);
            table.save(request.stored);
            if (before != null && !before.equals(request.stored.getId())) {
                end(before);
            }
            // read again from the table by the next request: another request may have changed other attributes
            wrote(request.stored.getId());
            return;
        }
        Kept read = request.read;
        if (Duration.between(read.storedAccess(), request.lastAccessed).compareTo(ACCESS_WRITE_INTERVAL) < 0) {
            return;
        }
        Session stored = table.findById(read.id());
        if (stored == null) {
            // deleted meanwhile (signed out in another request, or expired and cleaned up)
            end(read.id());
            return;
        }
        stored.setLastAccessedTime(request.lastAccessed);
        table.save(stored);
        wrote(read.id());
    }

    @Override
    public void deleteById(String id) {
        end(id);
        table.deleteById(id);
    }

    /** Keeps the session read from the table in memory, unless it ended or was written since {@code before}. */
    private synchronized void keep(Kept session, long before) {
        Long lastWrite = written.get(session.id());
        if (ended.get(session.id()) == null && (lastWrite == null || lastWrite <= before) && forgotAll <= before) {
            kept.put(session.id(), session);
        }
    }

    /** A write committed: the next request, here or on another server, reads the session from the table. */
    private void wrote(String id) {
        forgetWritten(id);
        signals.changed(WRITTEN, id);
    }

    private void end(String id) {
        forgetEnded(id);
        signals.changed(ENDED, id);
    }

    private synchronized void forgetWritten(String id) {
        written.put(id, writes.incrementAndGet());
        kept.remove(id);
    }

    private synchronized void forgetEnded(String id) {
        ended.put(id, Boolean.TRUE);
        kept.remove(id);
    }

    private synchronized void forgetAll() {
        forgotAll = writes.incrementAndGet();
        kept.clear();
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return table.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public void destroy() throws Exception {
        if (table instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /**
     * One request's view of its session: read from memory until the request changes something, then the row is
     * read and changed as before (the change is saved with the request, and kept in memory after).
     */
    private final class RequestSession implements Session {

        private final Kept read;
        private final String originalId;
        private Session stored;
        private Instant lastAccessed;

        RequestSession(Kept read) {
            this.read = read;
            this.originalId = read.id();
            this.lastAccessed = read.storedAccess();
        }

        /** A new session: nothing stored yet, so nothing to read from memory. */
        RequestSession(Session fresh) {
            this.read = null;
            this.originalId = null;
            this.stored = fresh;
            this.lastAccessed = fresh.getLastAccessedTime();
        }

        private Session writable() {
            if (stored == null) {
                stored = table.findById(read.id());
                if (stored == null) {
                    // gone from the table meanwhile: the change goes into a new session, as it would have before
                    end(read.id());
                    stored = table.createSession();
                }
            }
            return stored;
        }

        @Override
        public String getId() {
            return stored != null ? stored.getId() : read.id();
        }

        @Override
        public String changeSessionId() {
            return writable().changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String name) {
            return stored != null
                    ? stored.getAttribute(name)
                    : (T) read.attributes().get(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored != null
                    ? stored.getAttributeNames()
                    : read.attributes().keySet();
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (stored == null && value == null && !read.attributes().containsKey(name)) {
                return;
            }
            writable().setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (stored == null && !read.attributes().containsKey(name)) {
                return;
            }
            writable().removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored != null ? stored.getCreationTime() : read.creationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            this.lastAccessed = lastAccessedTime;
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed;
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (stored == null && interval.equals(read.maxInactiveInterval())) {
                return;
            }
            writable().setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored != null ? stored.getMaxInactiveInterval() : read.maxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored != null ? stored.isExpired() : read.expired(clock.instant());
        }
    }
}
