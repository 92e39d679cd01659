package org.statcommons.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Several servers on one database ({@code statcommons.several-servers=true}) tell each other when something one of
 * them keeps in memory has changed, with PostgreSQL's {@code NOTIFY}: a server that changes a community's settings,
 * publishes a page or counts a survey answer says so on a topic, and every other server forgets what it kept under
 * that topic. A notification is sent when the change's transaction has committed and reaches the others within
 * milliseconds; a server that loses its listening connection forgets everything once it is back, since it may have
 * missed some. With one server (the default) nothing is sent and no connection is held.
 * <p>
 * A topic may also be told with a key ({@link #changed(String, String)}): the others then forget only what they kept
 * under that key (one session among thousands), and everything under the topic when they may have missed a signal.
 */
@Component
public class ServerSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ServerSignals.class);
    private static final String CHANNEL = "statcommons_changes";
    private static final int WAIT_MILLIS = 500;
    /** How often the listening connection is asked whether it still answers… */
    private static final long CHECK_EVERY_NANOS = 10_000_000_000L;
    /** …and how long it has to answer. */
    private static final int CHECK_SECONDS = 5;

    private final boolean severalServers;
    private final DatabaseAddress database;
    /** Tells this server's own notifications from the others'. */
    private final String server =
            HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    private final Map<String, List<Runnable>> forgets = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> keyedForgets = new ConcurrentHashMap<>();
    private Connection sending;
    private volatile boolean running;
    private Thread listening;

    public ServerSignals(
            @Value("${statcommons.several-servers:false}") boolean severalServers, DatabaseAddress database) {
        this.severalServers = severalServers;
        this.database = database;
    }

    /** Whether other servers may share this database ({@code statcommons.several-servers}). */
    public boolean severalServers() {
        return severalServers;
    }

    /** Runs {@code forget} whenever another server says that {@code topic} changed. */
    public void onChange(String topic, Runnable forget) {
        forgets.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /**
     * Runs {@code forgetOne} with the key whenever another server says that {@code topic} changed under a key, and
     * {@code forgetAll} when this server may have missed such a signal (its listening connection was lost).
     */
    public void onChange(String topic, Runnable forgetAll, Consumer<String> forgetOne) {
        onChange(topic, forgetAll);
        keyedForgets.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(forgetOne);
    }

    /**
     * Tells the other servers that what they keep under {@code key} in {@code topic} changed, as
     * {@link #changed(String)} does for a whole topic. The key must not contain a space.
     */
    public void changed(String topic, String key) {
        changed(topic + " " + key);
    }

    /**
     * Tells the other servers that {@code topic} changed: when the current transaction has ended, or now. A transaction
     * that changes a topic many times (a forget per row) sends it once.
     */
    public void changed(String topic) {
        if (!severalServers) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(topic);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> topics = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, topics);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ServerSignals.this);
                    // a rolled-back change costs the others a needless forget, never a stale answer
                    topics.forEach(ServerSignals.this::send);
                }
            });
            pending = topics;
        }
        pending.add(topic);
    }

    private synchronized void send(String topic) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                if (sending == null || sending.isClosed()) {
                    sending = connect();
                }
                try (PreparedStatement notify = sending.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, server + " " + topic);
                    notify.execute();
                }
                return;
            } catch (SQLException e) {
                // the cause in one line: while the database is down every change would otherwise log a stack trace
                // the topic without its key: a key may be a secret (a session's id)
                log.warn(
                        "Could not tell the other servers that {} changed (attempt {}): {}",
                        topic.split(" ", 2)[0],
                        attempt,
                        e.toString());
                close(sending);
                sending = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private void listen() {
        int failures = 0;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (failures > 0) {
                    log.info("Hearing the other servers again, after {} failed attempts to connect", failures - 1);
                    failures = 0;
                }
                // whatever was said while this server was not listening is unknown: forget everything once
                forgets.values().forEach(list -> list.forEach(Runnable::run));
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        heard(notification.getParameter());
                    }
                    if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                        // a database restarted or failed over closes the socket, which the wait above reports; one
                        // gone silently (a network that drops packets) would leave this server deaf without this check
                        if (!connection.isValid(CHECK_SECONDS)) {
                            throw new SQLException("The listening connection no longer answers", "08006");
                        }
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    // the first failure with its cause; then one line a second would fill the log while the
                    // database is down, so the next ones are at debug level
                    if (failures++ == 0) {
                        log.warn(
                                "Lost the connection that hears the other servers ({}); connecting again every"
                                        + " second",
                                e.toString());
                    } else {
                        log.debug("Still cannot hear the other servers", e);
                    }
                    pause();
                }
            }
        }
    }

    private void heard(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(server)) {
            return;
        }
        String topic = payload.substring(space + 1);
        int keyed = topic.indexOf(' ');
        if (keyed >= 0) {
            String key = topic.substring(keyed + 1);
            for (Consumer<String> forget : keyedForgets.getOrDefault(topic.substring(0, keyed), List.of())) {
                forget.accept(key);
            }
            return;
        }
        for (Runnable forget : forgets.getOrDefault(topic, List.of())) {
            forget.run();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the connection that tells the other servers failed", e);
            }
        }
    }

    @Override
    public void start() {
        if (!severalServers) {
            return;
        }
        running = true;
        listening = new Thread(this::listen, "server-signals");
        listening.setDaemon(true);
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listening != null) {
            listening.interrupt();
            listening = null;
        }
        synchronized (this) {
            close(sending);
            sending = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
