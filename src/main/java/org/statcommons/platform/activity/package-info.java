/**
 * The shared words features use to tell each other what happened in a community: {@link
 * org.statcommons.platform.activity.Activity} events feed the activity stream and notifications,
 * {@link org.statcommons.platform.activity.ContentHidden} tells every copy of a piece of content that a
 * moderator hid it. Only types live here, no behaviour: each feature owns what it does with them.
 */
package org.statcommons.platform.activity;
