package org.statcommons.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Backs the running server up into {@code statcommons.backup.dir}: on an administrator's "Back up now" and on the
 * schedule. One backup at a time in this server (another is refused, not queued: a second copy of the same moment is
 * worth nothing); after each, only the newest {@code keep} are kept. No transaction of its own: the database is read
 * in the writer's one snapshot.
 */
@Component
class BackUp {

    private static final Logger log = LoggerFactory.getLogger(BackUp.class);

    private final Permissions permissions;
    private final BackupWriter writer;
    private final BackupProperties properties;
    private final ReentrantLock running = new ReentrantLock();

    BackUp(Permissions permissions, BackupWriter writer, BackupProperties properties) {
        this.permissions = permissions;
        this.writer = writer;
        this.properties = properties;
    }

    /** "Back up now": returns the new backup's folder. */
    Path backUp(Actor actor) {
        permissions.require(actor, Action.BACK_UP);
        if (properties.dir() == null) {
            throw new ConflictException(Text.of("backup.no-dir"));
        }
        return into(properties.dir(), BackupWriter.FILES);
    }

    @Scheduled(cron = "${statcommons.backup.schedule:-}")
    void onSchedule() {
        if (properties.dir() == null) {
            log.warn("A backup schedule is set but no STATCOMMONS_BACKUP_DIR: no backup was made");
            return;
        }
        try {
            into(properties.dir(), BackupWriter.FILES);
        } catch (BackupFailedException | ConflictException e) {
            // told in the log by the writer (or the other backup's); the next run tries again
        }
    }

    /** Writes a backup into {@code parent} through {@code opener}, unless one is being written. */
    Path into(Path parent, BackupWriter.Opener opener) {
        if (!running.tryLock()) {
            throw new ConflictException(Text.of("backup.running"));
        }
        try {
            Path written = writer.write(parent, opener);
            BackupFolder.prune(parent, Math.max(1, properties.keep()));
            return written;
        } finally {
            running.unlock();
        }
    }

    /** The backups in the folder, newest first; none when no folder is set. */
    List<BackupFolder.Listed> list() {
        return properties.dir() == null ? List.of() : BackupFolder.list(properties.dir());
    }

    BackupProperties properties() {
        return properties;
    }
}
