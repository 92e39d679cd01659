package org.statcommons.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code statcommons.backup.*} (docs/operations.md "Backup and restore").
 *
 * @param dir      where backups are written by the schedule and "Back up now"; none: only the command makes them
 * @param schedule when the server backs itself up, a Spring cron expression ({@code 0 30 2 * * *}: 02:30 every day);
 *                 {@code -}, the default, never
 * @param keep     how many complete backups the server keeps in {@code dir}, the oldest removed after each new one
 */
@ConfigurationProperties("statcommons.backup")
record BackupProperties(
        Path dir,
        @DefaultValue("-") String schedule,
        @DefaultValue("7") int keep) {}
