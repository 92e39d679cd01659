/**
 * Notifications: every {@link org.statcommons.platform.activity.Activity} a feature tells becomes an in-app
 * notice for each person in its audience who may still see the community, and an e-mail at once or in a
 * daily or weekly digest, by each person's choice per community, always through the outbox and with
 * one-click unsubscribe. See docs/notifications.md.
 */
package org.statcommons.notifications;
