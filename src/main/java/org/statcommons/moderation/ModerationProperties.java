package org.statcommons.moderation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The posting and flagging limits, under {@code statcommons.moderation.*} (docs/configuration.md).
 *
 * @param newAccountAge          an account younger than this is new
 * @param newAccountPosts        an account with fewer accepted posts than this is new, whatever its age
 * @param newAccountLinksPerPost the most links a new account may put in one post
 * @param newAccountPostsPerHour the most posts a new account may write in an hour
 * @param postsPerMinute         the most posts anyone may write in a minute
 * @param postsPerHour           the most posts anyone may write in an hour
 * @param flagsPerHour           the most flags anyone may raise in an hour
 * @param savesPerMinute         the most page saves anyone may make in a minute (web, API, merges of pushes)
 * @param savesPerHour           the most page saves anyone may make in an hour
 */
@ConfigurationProperties("statcommons.moderation")
record ModerationProperties(
        @DefaultValue("PT24H") Duration newAccountAge,
        @DefaultValue("3") int newAccountPosts,
        @DefaultValue("2") int newAccountLinksPerPost,
        @DefaultValue("3") int newAccountPostsPerHour,
        @DefaultValue("10") int postsPerMinute,
        @DefaultValue("60") int postsPerHour,
        @DefaultValue("20") int flagsPerHour,
        @DefaultValue("30") int savesPerMinute,
        @DefaultValue("300") int savesPerHour) {}
