/**
 * The web side of knowledge spaces: members' page views, editing with merges and conflicts, history,
 * comparison, moves and deletions, publishing, public pages, the sitemap, Atom feeds and the pages API.
 */
package org.statcommons.content.web;
