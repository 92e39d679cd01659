package org.statcommons.community;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tab of the community frame that a controller's screens (or one handler's) belong to, shown as the current
 * one: {@code about}, {@code members}, {@code space}, {@code discussions}, {@code meetings}, {@code topics},
 * {@code activity}, {@code newsletters}, {@code conduct}, {@code nominate}, {@code invitations}, {@code requests},
 * {@code moderation}, {@code audit}, {@code settings} ({@code templates/community/frame.html}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CommunityTab {

    String value();
}
