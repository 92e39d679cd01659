package org.statcommons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * StatCommons: one server where the official-statistics community works together.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StatCommonsApplication {

    public static void main(String[] args) {
        SpringApplication.run(StatCommonsApplication.class, args);
    }
}
