/**
 * Pages under moderation: {@code PageModeration} is content's {@code moderation.ModeratedContent}, and
 * {@code HiddenTextChecker} keeps a hidden page's text from everyone but those who moderate. Internal to {@code content}.
 */
package org.statcommons.content.moderation;
