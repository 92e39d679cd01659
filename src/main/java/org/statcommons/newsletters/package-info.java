/**
 * Newsletters of a community: the secretariat writes one in Markdown with highlights StatCommons proposes
 * (pages published, meetings ahead, new members by country), sends it once to the members who have not
 * opted out and to public subscribers who confirmed their address, and every sent newsletter stays in a
 * public archive. One-click unsubscribe (RFC 8058); an address the relay refuses for good stops receiving.
 * See docs/newsletters.md.
 */
package org.statcommons.newsletters;
