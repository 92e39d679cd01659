package org.statcommons.notifications;

import java.time.DayOfWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code statcommons.notifications.*} (see docs/configuration.md).
 *
 * @param defaultChoice  what a person gets from a community until they choose: a daily digest keeps mail light
 * @param digestHour     the hour of each person's own morning, in the time zone of their profile (UTC when
 *                       they set none), at which their daily digest goes out
 * @param weeklyDigestDay the day of the week, in each person's time zone, of their weekly digest
 * @param digestBatch    how many people one digest transaction handles (memory stays flat whatever the total)
 */
@ConfigurationProperties("statcommons.notifications")
record NotificationProperties(
        @DefaultValue("DAILY") Choice defaultChoice,
        @DefaultValue("7") int digestHour,
        @DefaultValue("MONDAY") DayOfWeek weeklyDigestDay,
        @DefaultValue("500") int digestBatch) {

    NotificationProperties {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException(
                    "statcommons.notifications.digest-hour is an hour of the day, 0 to 23: " + digestHour);
        }
    }
}
