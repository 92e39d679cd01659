/**
 * The activity stream of each community: what changed, by whom and when, recorded from the
 * {@link org.statcommons.platform.activity.Activity} events every feature publishes. Members see the
 * members' part too; anyone sees the public part, also as an Atom feed. Lines of content a moderator hid
 * are left out. Other features read it through {@link org.statcommons.activity.ActivityLines#since}.
 * See docs/activity.md.
 */
package org.statcommons.activity;
