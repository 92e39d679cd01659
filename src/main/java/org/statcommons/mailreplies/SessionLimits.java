package org.statcommons.mailreplies;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

/**
 * The SMTP listener's limits on connections: a few at once from one remote address (SubEthaSMTP's own), and a
 * longest time for each. The read time-out alone lets a client that sends a line every 59 seconds hold a connection
 * for ever; a few such clients would take every connection from the mail hosts that send replies.
 */
final class SessionLimits implements SessionHandler, AutoCloseable {

    private final SessionHandler perSender;
    private final Duration longest;
    private final ScheduledExecutorService timer;
    private final Map<Session, ScheduledFuture<?>> deadlines = new ConcurrentHashMap<>();

    SessionLimits(int perSender, Duration longest) {
        this.perSender = SessionHandler.limitConcurrentSessionsBySource(perSender);
        this.longest = longest;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "smtp-session-limit");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public SessionAcceptance accept(Session session) {
        SessionAcceptance acceptance = perSender.accept(session);
        if (acceptance.accepted()) {
            deadlines.put(session, timer.schedule(() -> cut(session), longest.toMillis(), TimeUnit.MILLISECONDS));
        }
        return acceptance;
    }

    @Override
    public void onSessionEnd(Session session) {
        ScheduledFuture<?> deadline = deadlines.remove(session);
        if (deadline != null) {
            deadline.cancel(false);
        }
        perSender.onSessionEnd(session);
    }

    private static void cut(Session session) {
        try {
            // the session's own thread then fails to read, ends the session and frees its place
            session.closeSocket();
        } catch (IOException alreadyClosed) {
            // it ended by itself meanwhile
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
