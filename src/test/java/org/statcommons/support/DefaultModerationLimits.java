package org.statcommons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The posting and save limits at their defaults, for the tests of those limits ({@link StatCommonsIntegrationTest}
 * lifts them so that other tests may post and save fast). The classes that carry it share one server of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
        properties = {
            "statcommons.moderation.new-account-age=PT24H",
            "statcommons.moderation.new-account-posts=3",
            "statcommons.moderation.posts-per-minute=10",
            "statcommons.moderation.posts-per-hour=60",
            "statcommons.moderation.saves-per-minute=30",
            "statcommons.moderation.saves-per-hour=300"
        })
public @interface DefaultModerationLimits {}
