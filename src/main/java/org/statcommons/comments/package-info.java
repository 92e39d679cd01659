/**
 * Comments on pages: threads under every page of a space, replies, edits and deletions by their authors,
 * hiding by moderators, resolved and reopened threads, and recorded @mentions. Threads are keyed by
 * community and page path and follow pages when they move. Uses the content feature only through its
 * public API. See docs/content.md.
 */
package org.statcommons.comments;
