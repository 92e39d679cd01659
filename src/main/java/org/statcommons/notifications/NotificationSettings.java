package org.statcommons.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code statcommons.notifications.*} (see docs/configuration.md).
 *
 * @param defaultChoice  what a person gets from a community until they choose: a daily digest keeps mail light
 * @param dailyDigestCron  when daily digests go out (server time zone UTC unless {@code digestZone} says otherwise)
 * @param weeklyDigestCron when weekly digests go out
 * @param digestZone     the time zone the two schedules are read in
 * @param digestBatch    how many people one digest transaction handles (memory stays flat whatever the total)
 */
@ConfigurationProperties("statcommons.notifications")
record NotificationSettings(
        @DefaultValue("DAILY") Choice defaultChoice,
        @DefaultValue("0 0 6 * * *") String dailyDigestCron,
        @DefaultValue("0 0 6 * * MON") String weeklyDigestCron,
        @DefaultValue("UTC") String digestZone,
        @DefaultValue("500") int digestBatch) {
}
