package org.statcommons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.statcommons.backup.BackupCommand;

/**
 * StatCommons: one server where the official-statistics community works together.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StatCommonsApplication {

    public static void main(String[] args) {
        if (BackupCommand.asked(args)) {
            // statcommons backup DIR | restore BACKUP_DIR: one job, no web server (docs/operations.md)
            System.exit(BackupCommand.run(StatCommonsApplication.class, args));
        }
        SpringApplication.run(StatCommonsApplication.class, args);
    }
}
