package org.statcommons.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code statcommons.*}; every one has a safe default (see docs/configuration.md).
 *
 * @param dataDir     where the embedded database and, later, Git spaces live
 * @param publicUrl   the address people use to reach the server, used in e-mailed links
 * @param db          an external PostgreSQL; when its URL is empty the embedded one is started
 * @param signUp      who may create an account without an invitation
 */
@ConfigurationProperties("statcommons")
public record StatCommonsProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Db db,
        @DefaultValue("invitation") String signUp,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Mail mail) {

    /**
     * An external database; empty URL means "start the embedded PostgreSQL in the data directory".
     *
     * @param connectionTimeout how long a request waits for a connection of a pool before it is answered 503 "the
     *                          database is unreachable": longer than any wait of a busy pool, short enough that a
     *                          database that is down is told within seconds rather than after the pool's default 30
     */
    public record Db(
            @DefaultValue("") String url,
            @DefaultValue("") String user,
            @DefaultValue("") String password,
            @DefaultValue("true") boolean embeddedFsync,
            Path embeddedBinariesDir,
            @DefaultValue("PT5S") Duration connectionTimeout) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** Creates the first administrator at start on an empty database, for automated installs. */
    public record Bootstrap(
            @DefaultValue("") String adminEmail,
            @DefaultValue("") String adminPassword) {}

    /**
     * The sender address and how the outbox retries: the first retry waits {@code retryDelay}, each next one
     * twice as long, never more than {@code maxRetryDelay}. {@code logBodies} writes the text of held messages
     * to the log as well: one-time links included, so for debugging only.
     */
    public record Mail(
            @DefaultValue("StatCommons <no-reply@localhost>")
            String from,

            @DefaultValue("PT10S") Duration pollInterval,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("PT30S") Duration retryDelay,
            @DefaultValue("PT1H") Duration maxRetryDelay,
            @DefaultValue("false") boolean logBodies) {}

    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
